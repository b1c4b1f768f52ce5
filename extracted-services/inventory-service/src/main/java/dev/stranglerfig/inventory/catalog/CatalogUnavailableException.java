package dev.stranglerfig.inventory.catalog;

import dev.stranglerfig.inventory.web.ShopException;

import org.springframework.http.HttpStatus;

/**
 * The catalog did not answer in time, answered an error, or the circuit breaker is open. A product's stock cannot
 * be shown or set without knowing the product, so those requests fail at once with a 503 problem rather than
 * hang or guess.
 */
public class CatalogUnavailableException extends ShopException {

	CatalogUnavailableException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
				"Product data is unavailable right now; try again shortly");
	}

}
