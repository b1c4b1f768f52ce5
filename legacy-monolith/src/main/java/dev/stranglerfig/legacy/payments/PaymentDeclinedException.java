package dev.stranglerfig.legacy.payments;

import dev.stranglerfig.legacy.common.ShopException;
import dev.stranglerfig.legacy.orders.Order;

import org.springframework.http.HttpStatus;

/** The card was refused (402); thrown inside the order's transaction, it rolls the whole order back. */
class PaymentDeclinedException extends ShopException {

	PaymentDeclinedException(Order order, String reason) {
		super(HttpStatus.PAYMENT_REQUIRED, "payment-declined",
				"Payment of " + order.getTotalAmount() + " " + order.getCurrency() + " was declined: " + reason);
	}

}
