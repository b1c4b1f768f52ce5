package dev.stranglerfig.legacy.catalog;

import dev.stranglerfig.legacy.common.ConflictException;

class DuplicateSlugException extends ConflictException {

	DuplicateSlugException(String slug) {
		super("duplicate-slug", "A category with slug " + slug + " already exists");
	}

}
