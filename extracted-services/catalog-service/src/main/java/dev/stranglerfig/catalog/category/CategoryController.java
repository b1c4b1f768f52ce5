package dev.stranglerfig.catalog.category;

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

	private final Categories categories;

	CategoryController(Categories categories) {
		this.categories = categories;
	}

	@GetMapping
	List<CategoryResponse> list() {
		return this.categories.list().stream().map(CategoryResponse::of).toList();
	}

	@GetMapping("/{id}")
	CategoryResponse get(@PathVariable Long id) {
		return CategoryResponse.of(this.categories.get(id));
	}

	@PostMapping
	ResponseEntity<CategoryResponse> create(@Valid @RequestBody CategoryRequests.NewCategory request) {
		CategoryResponse category = CategoryResponse.of(this.categories.create(request));
		return ResponseEntity.created(URI.create("/api/categories/" + category.id())).body(category);
	}

}
