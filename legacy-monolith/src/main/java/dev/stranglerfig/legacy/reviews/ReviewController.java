package dev.stranglerfig.legacy.reviews;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import dev.stranglerfig.legacy.common.PageResponse;
import dev.stranglerfig.legacy.common.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final ReviewService reviewService;

	ReviewController(ReviewService reviewService) {
		this.reviewService = reviewService;
	}

	@PostMapping("/api/products/{productId}/reviews")
	ResponseEntity<ReviewResponse> publish(@PathVariable Long productId, @Valid @RequestBody NewReview request) {
		ReviewResponse review = this.reviewService.publish(productId, request);
		return ResponseEntity.created(URI.create("/api/reviews/" + review.id())).body(review);
	}

	@GetMapping("/api/products/{productId}/reviews")
	PageResponse<ReviewResponse> list(@PathVariable Long productId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return PageResponse.of(this.reviewService.listForProduct(productId, PageRequest.of(page, size, NEWEST_FIRST)),
				Function.identity());
	}

	@GetMapping("/api/products/{productId}/rating")
	ProductRating rating(@PathVariable Long productId) {
		return this.reviewService.ratingOfExistingProduct(productId);
	}

	/**
	 * The ratings of many products in one read, for catalog-service's product pages. Like the single read's
	 * neutral answer, a product without reviews (or unknown here) rates 0.00 from 0 reviews.
	 */
	@GetMapping("/api/ratings")
	List<ProductRating> ratings(@RequestParam @NotEmpty @Size(max = Paging.MAX_SIZE) List<Long> productIds) {
		return this.reviewService.ratingsOf(productIds);
	}

	@GetMapping("/api/reviews/{id}")
	ReviewResponse get(@PathVariable Long id) {
		return this.reviewService.getReview(id);
	}

	@DeleteMapping("/api/reviews/{id}")
	ResponseEntity<Void> remove(@PathVariable Long id) {
		this.reviewService.remove(id);
		return ResponseEntity.noContent().build();
	}

}
