package dev.stranglerfig.legacy.catalog;

record CategoryResponse(Long id, String name, String slug, Long parentId) {

	static CategoryResponse of(Category category) {
		Category parent = category.getParent();
		return new CategoryResponse(category.getId(), category.getName(), category.getSlug(),
				(parent != null) ? parent.getId() : null);
	}

}
