package dev.stranglerfig.legacy.catalog;

import java.util.List;

import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.common.UnknownReferenceException;
import dev.stranglerfig.legacy.reviews.ReviewService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products and categories. The detail view pulls stock from inventory's table and ratings from reviews. */
@Service
public class CatalogService {

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final ProductSearch search;

	private final ReviewService reviews;

	CatalogService(ProductRepository products, CategoryRepository categories, ProductSearch search,
			ReviewService reviews) {
		this.products = products;
		this.categories = categories;
		this.search = search;
		this.reviews = reviews;
	}

	@Transactional(readOnly = true)
	Page<ProductListing> search(String query, String categorySlug, boolean inStockOnly, Pageable pageable) {
		return this.search.search(query, categorySlug, inStockOnly, pageable);
	}

	@Transactional(readOnly = true)
	public Product getProduct(Long id) {
		return this.products.findWithCategoryById(id).orElseThrow(() -> new NotFoundException("Product", id));
	}

	@Transactional(readOnly = true)
	ProductResponse getProductDetail(Long id) {
		return detailOf(getProduct(id));
	}

	@Transactional
	ProductResponse createProduct(CatalogRequests.NewProduct request) {
		if (this.products.existsBySku(request.sku())) {
			throw new DuplicateSkuException(request.sku());
		}
		Product product = new Product(request.sku(), request.name(), request.description(), request.price(),
				request.currencyOrDefault(), categoryOrNull(request.categoryId(), "categoryId"));
		return detailOf(this.products.saveAndFlush(product));
	}

	@Transactional
	ProductResponse updateProduct(Long id, CatalogRequests.UpdateProduct request) {
		Product product = getProduct(id);
		product.update(request.name(), request.description(), request.price(),
				categoryOrNull(request.categoryId(), "categoryId"), request.active());
		return detailOf(this.products.saveAndFlush(product));
	}

	@Transactional(readOnly = true)
	List<Category> listCategories() {
		return this.categories.findAll(Sort.by("id"));
	}

	@Transactional(readOnly = true)
	Category getCategory(Long id) {
		return this.categories.findById(id).orElseThrow(() -> new NotFoundException("Category", id));
	}

	@Transactional
	Category createCategory(CatalogRequests.NewCategory request) {
		if (this.categories.existsBySlug(request.slug())) {
			throw new DuplicateSlugException(request.slug());
		}
		Category parent = categoryOrNull(request.parentId(), "parentId");
		return this.categories.saveAndFlush(new Category(request.name(), request.slug(), parent));
	}

	private ProductResponse detailOf(Product product) {
		return ProductResponse.of(product, this.search.availableQuantity(product.getId()),
				this.reviews.ratingOf(product.getId()));
	}

	private Category categoryOrNull(Long id, String field) {
		if (id == null) {
			return null;
		}
		return this.categories.findById(id).orElseThrow(() -> new UnknownReferenceException(field, "Category", id));
	}

}
