package dev.stranglerfig.inventory.warehouse;

import java.time.Instant;

/** A building stock is kept in, known to the back office by its short code. */
public record Warehouse(Long id, String code, String name, String city, String country, Instant createdAt,
		Instant updatedAt) {
}
