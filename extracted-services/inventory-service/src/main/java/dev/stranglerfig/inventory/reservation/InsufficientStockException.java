package dev.stranglerfig.inventory.reservation;

import dev.stranglerfig.inventory.web.ConflictException;

/** Legacy's problem, word for word, so the checkout's answer does not change when inventory moves out. */
class InsufficientStockException extends ConflictException {

	InsufficientStockException(ReserveStock.Line line, int available) {
		super("insufficient-stock", "Product " + line.productId() + " (" + line.sku() + "): requested "
				+ line.quantity() + ", available " + available);
	}

}
