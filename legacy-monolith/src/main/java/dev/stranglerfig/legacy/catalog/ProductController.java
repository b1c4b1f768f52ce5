package dev.stranglerfig.legacy.catalog;

import java.net.URI;
import java.util.function.Function;

import dev.stranglerfig.legacy.common.PageResponse;
import dev.stranglerfig.legacy.common.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
class ProductController {

	private final CatalogService catalogService;

	ProductController(CatalogService catalogService) {
		this.catalogService = catalogService;
	}

	@GetMapping
	PageResponse<ProductListing> search(@RequestParam(required = false) @Size(max = 200) String query,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "false") boolean inStock,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return PageResponse.of(this.catalogService.search(query, category, inStock, PageRequest.of(page, size)),
				Function.identity());
	}

	@GetMapping("/{id}")
	ProductResponse get(@PathVariable Long id) {
		return this.catalogService.getProductDetail(id);
	}

	@PostMapping
	ResponseEntity<ProductResponse> create(@Valid @RequestBody CatalogRequests.NewProduct request) {
		ProductResponse product = this.catalogService.createProduct(request);
		return ResponseEntity.created(URI.create("/api/products/" + product.id())).body(product);
	}

	@PutMapping("/{id}")
	ProductResponse update(@PathVariable Long id, @Valid @RequestBody CatalogRequests.UpdateProduct request) {
		return this.catalogService.updateProduct(id, request);
	}

}
