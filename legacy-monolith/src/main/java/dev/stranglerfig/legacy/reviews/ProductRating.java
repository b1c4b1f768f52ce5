package dev.stranglerfig.legacy.reviews;

import java.math.BigDecimal;

/** What reviewers think of a product on average; 0 and 0 before the first review. */
public record ProductRating(Long productId, BigDecimal averageRating, int reviewCount) {

	static ProductRating of(ProductRatingSummary summary) {
		return new ProductRating(summary.getProductId(), summary.getAverageRating(), summary.getReviewCount());
	}

	static ProductRating none(Long productId) {
		return new ProductRating(productId, BigDecimal.ZERO.setScale(2), 0);
	}

}
