package dev.stranglerfig.legacy.orders;

import dev.stranglerfig.legacy.common.ConflictException;

class OrderNotCancellableException extends ConflictException {

	OrderNotCancellableException(Order order) {
		super("order-not-cancellable",
				"Order " + order.getId() + " is " + order.getStatus() + "; only PLACED or PAID orders can be cancelled");
	}

}
