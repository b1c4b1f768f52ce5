package dev.stranglerfig.legacy.inventory;

import dev.stranglerfig.legacy.common.ShopException;

import org.springframework.http.HttpStatus;

/**
 * inventory-service did not answer in time, answered an error, or its circuit breaker is open. The order's
 * transaction rolls back: the checkout, cancellation or dispatch did not happen and may be tried again.
 */
class InventoryUnavailableException extends ShopException {

	InventoryUnavailableException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
				"Stock reservations are unavailable right now; try again shortly");
	}

}
