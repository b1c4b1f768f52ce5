package dev.stranglerfig.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the category API, with legacy's constraints (and so its validation messages). */
final class CategoryRequests {

	private CategoryRequests() {
	}

	record NewCategory(@NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug, Long parentId) {
	}

}
