package dev.stranglerfig.catalog.product;

import java.math.BigDecimal;

/**
 * The service stores a price as whole hundredths of the currency unit ({@code price_minor}); the public API
 * keeps legacy's form, a decimal with two places. Legacy's {@code numeric(12,2)} has two places for every
 * currency, so the factor is 100 for every currency too: the mapping is exact both ways.
 */
final class Prices {

	private Prices() {
	}

	/** 12.5 and 12.50 are both 1250; validation has already refused a third decimal place. */
	static long toMinor(BigDecimal price) {
		return price.movePointRight(2).longValueExact();
	}

	/** 1250 is 12.50, with the two places legacy's column always had. */
	static BigDecimal fromMinor(long minor) {
		return BigDecimal.valueOf(minor, 2);
	}

}
