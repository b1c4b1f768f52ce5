package dev.stranglerfig.catalog.product;

import java.net.URI;

import dev.stranglerfig.catalog.web.PageResponse;
import dev.stranglerfig.catalog.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** legacy's product endpoints, with the same parameters, constraints and parameter names (they name errors). */
@RestController
@RequestMapping("/api/products")
class ProductController {

	private final Products products;

	ProductController(Products products) {
		this.products = products;
	}

	@GetMapping
	PageResponse<ProductListing> search(@RequestParam(required = false) @Size(max = 200) String query,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "false") boolean inStock,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return this.products.search(query, category, inStock, page, size);
	}

	@GetMapping("/{id}")
	ProductResponse get(@PathVariable Long id) {
		return this.products.detail(id);
	}

	@PostMapping
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequests.NewProduct request) {
		ProductResponse product = this.products.create(request);
		return ResponseEntity.created(URI.create("/api/products/" + product.id())).body(product);
	}

	@PutMapping("/{id}")
	ProductResponse update(@PathVariable Long id, @Valid @RequestBody ProductRequests.UpdateProduct request) {
		return this.products.update(id, request);
	}

}
