package dev.stranglerfig.legacy.inventory;

import dev.stranglerfig.legacy.common.ConflictException;

class InsufficientStockException extends ConflictException {

	InsufficientStockException(StockReservations.ReservationLine line, int available) {
		this("Product " + line.productId() + " (" + line.sku() + "): requested " + line.quantity() + ", available "
				+ available);
	}

	/** inventory-service's refusal, passed on word for word: the shopper sees the same problem either way. */
	InsufficientStockException(String detail) {
		super("insufficient-stock", detail);
	}

}
