package dev.stranglerfig.legacy.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import dev.stranglerfig.legacy.reviews.ProductRating;

/** A product's detail page: its own fields, its category, what is in stock and what reviewers think. */
record ProductResponse(Long id, String sku, String name, String description, BigDecimal price, String currency,
		CategoryRef category, boolean active, long availableQuantity, Rating rating, Instant createdAt,
		Instant updatedAt) {

	static ProductResponse of(Product product, long availableQuantity, ProductRating rating) {
		Category category = product.getCategory();
		return new ProductResponse(product.getId(), product.getSku(), product.getName(), product.getDescription(),
				product.getPrice(), product.getCurrency(),
				(category != null) ? new CategoryRef(category.getId(), category.getName(), category.getSlug()) : null,
				product.isActive(), availableQuantity, new Rating(rating.averageRating(), rating.reviewCount()),
				product.getCreatedAt(), product.getUpdatedAt());
	}

	record CategoryRef(Long id, String name, String slug) {
	}

	record Rating(BigDecimal averageRating, int reviewCount) {
	}

}
