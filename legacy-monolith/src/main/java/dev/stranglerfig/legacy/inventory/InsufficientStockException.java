package dev.stranglerfig.legacy.inventory;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.common.ConflictException;

class InsufficientStockException extends ConflictException {

	InsufficientStockException(Product product, int requested, int available) {
		super("insufficient-stock", "Product " + product.getId() + " (" + product.getSku() + "): requested "
				+ requested + ", available " + available);
	}

}
