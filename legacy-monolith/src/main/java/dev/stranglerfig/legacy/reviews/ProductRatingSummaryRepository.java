package dev.stranglerfig.legacy.reviews;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductRatingSummaryRepository extends JpaRepository<ProductRatingSummary, Long> {

	/**
	 * Queues this transaction behind any other that is changing the product's reviews, until it ends. Call it
	 * before touching the reviews: under READ COMMITTED, {@link #recompute} then sees every review committed
	 * before it, not just its own (without it, 40 concurrent reviews left a count of 10). An advisory lock, not
	 * {@code SELECT ... FOR UPDATE} on {@code product}: that row is catalog's, and locking it would also queue
	 * checkouts (their foreign-key checks share-lock it) and catalog's writes behind reviewers. The two-key form
	 * keeps these locks apart from any other advisory lock keyed on a bare id; ids whose hashes collide merely
	 * wait for each other.
	 */
	@Query(nativeQuery = true,
			value = "SELECT 1 FROM pg_advisory_xact_lock(hashtext('product_rating_summary'), hashtext(CAST(?1 AS text)))")
	int lockReviewsOf(Long productId);

	/**
	 * Rebuilds a product's summary from its reviews in one statement, after {@link #lockReviewsOf} in the same
	 * transaction.
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			INSERT INTO product_rating_summary (product_id, review_count, average_rating, updated_at)
			SELECT ?1, count(*), COALESCE(round(avg(rating), 2), 0), now() FROM review WHERE product_id = ?1
			ON CONFLICT (product_id) DO UPDATE SET review_count = EXCLUDED.review_count,
			    average_rating = EXCLUDED.average_rating, updated_at = EXCLUDED.updated_at
			""")
	void recompute(Long productId);

}
