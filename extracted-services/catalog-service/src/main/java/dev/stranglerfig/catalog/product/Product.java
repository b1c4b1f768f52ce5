package dev.stranglerfig.catalog.product;

import java.time.Instant;

/** A product row with its category's name and slug joined in (both live in this service's database). */
record Product(Long id, String sku, String name, String description, long priceMinor, String currency,
		Long categoryId, String categoryName, String categorySlug, boolean active, Instant createdAt,
		Instant updatedAt) {
}
