package dev.stranglerfig.catalog.legacy;

import dev.stranglerfig.catalog.web.ShopException;

import org.springframework.http.HttpStatus;

/**
 * Legacy did not answer in time, answered an error, or the circuit breaker is open. Product reads and updates
 * cannot be answered correctly without stock and ratings, so they fail at once with a 503 problem rather than
 * hang or show made-up figures.
 */
public class LegacyShopUnavailableException extends ShopException {

	LegacyShopUnavailableException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
				"Stock and ratings are unavailable right now; try again shortly");
	}

}
