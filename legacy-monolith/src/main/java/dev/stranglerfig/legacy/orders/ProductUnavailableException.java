package dev.stranglerfig.legacy.orders;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.common.ConflictException;

class ProductUnavailableException extends ConflictException {

	ProductUnavailableException(Product product) {
		super("product-unavailable", "Product " + product.getId() + " (" + product.getSku() + ") is not for sale");
	}

}
