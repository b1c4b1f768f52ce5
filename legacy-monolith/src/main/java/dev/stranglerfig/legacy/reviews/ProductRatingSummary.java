package dev.stranglerfig.legacy.reviews;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The denormalised rating of a product, kept for the storefront's search. Read through JPA, written only by
 * {@link ProductRatingSummaryRepository#recompute}, an upsert from the product's reviews.
 */
@Entity
@Immutable
@Table(name = "product_rating_summary")
public class ProductRatingSummary {

	@Id
	@Column(name = "product_id")
	private Long productId;

	@Column(name = "review_count", nullable = false)
	private int reviewCount;

	@Column(name = "average_rating", nullable = false, precision = 3, scale = 2)
	private BigDecimal averageRating;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ProductRatingSummary() {
	}

	public Long getProductId() {
		return this.productId;
	}

	public int getReviewCount() {
		return this.reviewCount;
	}

	public BigDecimal getAverageRating() {
		return this.averageRating;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
