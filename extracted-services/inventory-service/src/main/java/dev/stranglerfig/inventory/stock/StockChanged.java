package dev.stranglerfig.inventory.stock;

import java.time.Instant;

import org.springframework.modulith.events.Externalized;

/**
 * One product's stock in one warehouse changed. Published on Kafka topic {@code inventory.stock-changed}, keyed by
 * the product id so one product's changes stay in order; the figures are the level after the change, so a
 * consumer (the catalog's availability, say) can keep the latest without replaying history. {@code orderId} names
 * the order whose reservation caused it, null for {@link StockChangeReason#SET}.
 */
@Externalized("inventory.stock-changed::#{productId().toString()}")
public record StockChanged(Long productId, String warehouseCode, int onHand, int reserved, int available,
		StockChangeReason reason, Long orderId, Instant occurredAt) {
}
