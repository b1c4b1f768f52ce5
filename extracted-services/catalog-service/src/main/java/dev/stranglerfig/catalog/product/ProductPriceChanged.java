package dev.stranglerfig.catalog.product;

import java.time.Instant;

import org.springframework.modulith.events.Externalized;

/**
 * A product's price changed (PUT /api/products/{id} with a different price). Published on Kafka topic
 * {@code catalog.product-price-changed}, keyed by the product id so one product's changes stay in order. Prices
 * are whole hundredths of the currency unit, as the service stores them.
 */
@Externalized("catalog.product-price-changed::#{productId().toString()}")
public record ProductPriceChanged(Long productId, String currency, long oldPriceMinor, long newPriceMinor,
		Instant occurredAt) {
}
