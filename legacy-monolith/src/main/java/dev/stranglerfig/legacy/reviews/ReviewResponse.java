package dev.stranglerfig.legacy.reviews;

import java.time.Instant;

record ReviewResponse(Long id, Long productId, Long userId, String authorName, int rating, String title, String body,
		boolean verifiedPurchase, Instant createdAt) {

	static ReviewResponse of(Review review) {
		return new ReviewResponse(review.getId(), review.getProduct().getId(), review.getUser().getId(),
				review.getUser().getFullName(), review.getRating(), review.getTitle(), review.getBody(),
				review.isVerifiedPurchase(), review.getCreatedAt());
	}

}
