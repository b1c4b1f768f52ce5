package dev.stranglerfig.catalog.product;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.catalog.category.Categories;
import dev.stranglerfig.catalog.legacy.LegacyShop;
import dev.stranglerfig.catalog.legacy.ProductFigures;
import dev.stranglerfig.catalog.web.ConflictException;
import dev.stranglerfig.catalog.web.NotFoundException;
import dev.stranglerfig.catalog.web.PageResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Products, with the stock and rating figures legacy still owns. No database transaction stays open while legacy
 * is called, and an update asks legacy first: when legacy is unreachable the client gets a 503 and nothing was
 * written, never a 503 for a change that happened anyway.
 */
@Service
class Products {

	private final ProductRepository products;

	private final ProductSearch search;

	private final Categories categories;

	private final LegacyShop legacy;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	Products(ProductRepository products, ProductSearch search, Categories categories, LegacyShop legacy,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.products = products;
		this.search = search;
		this.categories = categories;
		this.legacy = legacy;
		this.events = events;
		this.transactions = transactions;
	}

	PageResponse<ProductListing> search(String query, String categorySlug, boolean inStockOnly, int page, int size) {
		List<Long> inStock = inStockOnly ? this.legacy.inStockProductIds() : null;
		ProductSearch.Result result = this.search.search(query, categorySlug, inStock, page, size);
		Map<Long, ProductFigures> figures = this.legacy
			.figuresOf(result.hits().stream().map(ProductSearch.Hit::id).toList());
		List<ProductListing> content = result.hits()
			.stream()
			.map(hit -> ProductListing.of(hit, figures.get(hit.id())))
			.toList();
		return PageResponse.of(content, page, size, result.total());
	}

	ProductResponse detail(long id) {
		Product product = find(id);
		return ProductResponse.of(product, this.legacy.figuresOf(List.of(id)).get(id));
	}

	/**
	 * Legacy is not asked: a product that did not exist a moment ago has no stock and no reviews, and creating one
	 * keeps working while legacy is down.
	 */
	ProductResponse create(ProductRequests.NewProduct request) {
		Product created = this.transactions.execute(status -> {
			if (this.products.existsBySku(request.sku())) {
				throw new ConflictException("duplicate-sku",
						"A product with SKU " + request.sku() + " already exists");
			}
			this.categories.requireReference(request.categoryId(), "categoryId");
			return find(this.products.insert(request));
		});
		return ProductResponse.of(created, ProductFigures.NONE);
	}

	/**
	 * Checks in legacy's order (unknown product 404, then unknown category 400), reads stock and rating, then
	 * writes. A changed price publishes {@link ProductPriceChanged} in the same transaction (the outbox), so the
	 * event goes out if and only if the change commits. Joins a transaction the caller already has.
	 */
	ProductResponse update(long id, ProductRequests.UpdateProduct request) {
		find(id);
		this.categories.requireReference(request.categoryId(), "categoryId");
		ProductFigures figures = this.legacy.figuresOf(List.of(id)).get(id);
		Product updated = this.transactions.execute(status -> {
			ProductRepository.Price before = this.products.lockPrice(id)
				.orElseThrow(() -> new NotFoundException("Product", id));
			this.products.update(id, request);
			long newPrice = Prices.toMinor(request.price());
			if (newPrice != before.priceMinor()) {
				this.events.publishEvent(new ProductPriceChanged(id, before.currency(), before.priceMinor(), newPrice,
						Instant.now().truncatedTo(ChronoUnit.MICROS)));
			}
			return find(id);
		});
		return ProductResponse.of(updated, figures);
	}

	private Product find(long id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
	}

}
