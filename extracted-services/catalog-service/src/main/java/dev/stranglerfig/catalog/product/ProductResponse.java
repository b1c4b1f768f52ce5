package dev.stranglerfig.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;

import dev.stranglerfig.catalog.legacy.ProductFigures;

/** legacy's product detail JSON: its own fields, its category, what is in stock and what reviewers think. */
record ProductResponse(Long id, String sku, String name, String description, BigDecimal price, String currency,
		CategoryRef category, boolean active, long availableQuantity, Rating rating, Instant createdAt,
		Instant updatedAt) {

	static ProductResponse of(Product product, ProductFigures figures) {
		return new ProductResponse(product.id(), product.sku(), product.name(), product.description(),
				Prices.fromMinor(product.priceMinor()), product.currency(),
				(product.categoryId() != null)
						? new CategoryRef(product.categoryId(), product.categoryName(), product.categorySlug()) : null,
				product.active(), figures.availableQuantity(),
				new Rating(figures.averageRating(), figures.reviewCount()), product.createdAt(), product.updatedAt());
	}

	record CategoryRef(Long id, String name, String slug) {
	}

	record Rating(BigDecimal averageRating, int reviewCount) {
	}

}
