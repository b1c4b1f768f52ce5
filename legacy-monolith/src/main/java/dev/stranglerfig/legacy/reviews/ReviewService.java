package dev.stranglerfig.legacy.reviews;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.notifications.NotificationService;
import dev.stranglerfig.legacy.notifications.NotificationTemplate;
import dev.stranglerfig.legacy.users.User;
import dev.stranglerfig.legacy.users.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews and the rating summary derived from them. Writing a review reaches into users (is the author
 * active?), orders (did they buy it?) and notifications, all in one transaction, as the shop always did.
 */
@Service
public class ReviewService {

	private final ReviewRepository reviews;

	private final ProductRatingSummaryRepository summaries;

	private final ProductRepository products;

	private final UserService userService;

	private final NotificationService notifications;

	ReviewService(ReviewRepository reviews, ProductRatingSummaryRepository summaries, ProductRepository products,
			UserService userService, NotificationService notifications) {
		this.reviews = reviews;
		this.summaries = summaries;
		this.products = products;
		this.userService = userService;
		this.notifications = notifications;
	}

	@Transactional
	ReviewResponse publish(Long productId, NewReview request) {
		this.summaries.lockReviewsOf(productId);
		Product product = this.products.findById(productId)
			.orElseThrow(() -> new NotFoundException("Product", productId));
		User author = this.userService.getActiveUser(request.userId());
		if (this.reviews.existsByProductIdAndUserId(productId, author.getId())) {
			throw new DuplicateReviewException(author.getId(), productId);
		}
		boolean verifiedPurchase = this.reviews.hasBought(author.getId(), productId);
		Review review = this.reviews.save(new Review(product, author, request.rating(), request.title(),
				request.body(), verifiedPurchase));
		this.summaries.recompute(productId);
		this.notifications.enqueue(author, NotificationTemplate.REVIEW_PUBLISHED,
				Map.of("productName", product.getName()));
		return ReviewResponse.of(review);
	}

	@Transactional(readOnly = true)
	Page<ReviewResponse> listForProduct(Long productId, Pageable pageable) {
		requireProduct(productId);
		return this.reviews.findByProductId(productId, pageable).map(ReviewResponse::of);
	}

	@Transactional(readOnly = true)
	ReviewResponse getReview(Long id) {
		return ReviewResponse.of(findReview(id));
	}

	/** Moderation: the review goes, and the product's rating forgets it. */
	@Transactional
	void remove(Long id) {
		Review review = findReview(id);
		Long productId = review.getProduct().getId();
		this.summaries.lockReviewsOf(productId);
		this.reviews.delete(review);
		this.summaries.recompute(productId);
	}

	@Transactional(readOnly = true)
	ProductRating ratingOfExistingProduct(Long productId) {
		requireProduct(productId);
		return ratingOf(productId);
	}

	/** The product's rating as the storefront shows it; catalog calls this for its detail page. */
	@Transactional(readOnly = true)
	public ProductRating ratingOf(Long productId) {
		return this.summaries.findById(productId)
			.map(ProductRating::of)
			.orElseGet(() -> ProductRating.none(productId));
	}

	/** In the order asked, each product once. */
	@Transactional(readOnly = true)
	List<ProductRating> ratingsOf(List<Long> productIds) {
		LinkedHashSet<Long> distinct = new LinkedHashSet<>(productIds);
		Map<Long, ProductRating> found = this.summaries.findAllById(distinct)
			.stream()
			.map(ProductRating::of)
			.collect(Collectors.toMap(ProductRating::productId, Function.identity()));
		return distinct.stream().map(id -> found.getOrDefault(id, ProductRating.none(id))).toList();
	}

	private Review findReview(Long id) {
		return this.reviews.findById(id).orElseThrow(() -> new NotFoundException("Review", id));
	}

	private void requireProduct(Long productId) {
		if (!this.products.existsById(productId)) {
			throw new NotFoundException("Product", productId);
		}
	}

}
