package dev.stranglerfig.legacy.reviews;

import dev.stranglerfig.legacy.common.ConflictException;

class DuplicateReviewException extends ConflictException {

	DuplicateReviewException(Long userId, Long productId) {
		super("duplicate-review", "User " + userId + " has already reviewed product " + productId);
	}

}
