package dev.stranglerfig.legacy.catalog;

import dev.stranglerfig.legacy.common.ConflictException;

class DuplicateSkuException extends ConflictException {

	DuplicateSkuException(String sku) {
		super("duplicate-sku", "A product with SKU " + sku + " already exists");
	}

}
