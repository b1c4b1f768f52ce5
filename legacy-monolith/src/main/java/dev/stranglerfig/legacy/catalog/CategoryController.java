package dev.stranglerfig.legacy.catalog;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/categories")
class CategoryController {

	private final CatalogService catalogService;

	CategoryController(CatalogService catalogService) {
		this.catalogService = catalogService;
	}

	@GetMapping
	List<CategoryResponse> list() {
		return this.catalogService.listCategories().stream().map(CategoryResponse::of).toList();
	}

	@GetMapping("/{id}")
	CategoryResponse get(@PathVariable Long id) {
		return CategoryResponse.of(this.catalogService.getCategory(id));
	}

	@PostMapping
	ResponseEntity<CategoryResponse> create(@Valid @RequestBody CatalogRequests.NewCategory request) {
		CategoryResponse category = CategoryResponse.of(this.catalogService.createCategory(request));
		return ResponseEntity.created(URI.create("/api/categories/" + category.id())).body(category);
	}

}
