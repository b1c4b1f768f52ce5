package dev.stranglerfig.legacy.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The shop's notion of now, truncated to what PostgreSQL's timestamptz stores, so an entity's
 * timestamps read the same before and after a round trip through the database.
 */
public final class ShopClock {

	private ShopClock() {
	}

	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
