package dev.stranglerfig.legacy.seed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much shop data to generate into an empty database. Volumes scale from a demo to a load test:
 * {@code legacy.seed.users=1000000 legacy.seed.orders=3000000} writes some 40 million rows.
 *
 * @param enabled seed at start-up when the database has no users yet
 * @param users accounts, each with one address
 * @param products products, spread over the categories and stocked in every warehouse
 * @param orders historical orders (delivered, some cancelled) with their lines, payments and shipments
 * @param reviews product reviews, at most one per user and product
 * @param pageViews page view events
 * @param randomSeed the same seed and volumes always give the same rows
 * @param exitWhenDone stop the application after seeding (for a one-off seeding run)
 */
@ConfigurationProperties(SeedProperties.PREFIX)
@Validated
public record SeedProperties(boolean enabled, @DefaultValue("1000") @Min(1) int users,
		@DefaultValue("200") @Min(1) int products, @DefaultValue("3000") @Min(0) int orders,
		@DefaultValue("2000") @Min(0) int reviews, @DefaultValue("10000") @Min(0) @Max(Integer.MAX_VALUE) int pageViews,
		@DefaultValue("42") long randomSeed, boolean exitWhenDone) {

	public static final String PREFIX = "legacy.seed";

}
