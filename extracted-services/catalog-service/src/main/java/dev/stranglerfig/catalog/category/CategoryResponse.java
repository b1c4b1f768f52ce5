package dev.stranglerfig.catalog.category;

/** legacy's category JSON: no timestamps. */
record CategoryResponse(Long id, String name, String slug, Long parentId) {

	static CategoryResponse of(Category category) {
		return new CategoryResponse(category.id(), category.name(), category.slug(), category.parentId());
	}

}
