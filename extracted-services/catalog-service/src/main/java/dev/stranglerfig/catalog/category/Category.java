package dev.stranglerfig.catalog.category;

import java.time.Instant;

/** A node of the category tree products are filed under. */
public record Category(Long id, String name, String slug, Long parentId, Instant createdAt, Instant updatedAt) {
}
