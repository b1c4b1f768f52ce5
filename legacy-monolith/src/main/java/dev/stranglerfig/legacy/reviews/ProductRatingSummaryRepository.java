package dev.stranglerfig.legacy.reviews;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductRatingSummaryRepository extends JpaRepository<ProductRatingSummary, Long> {

	/**
	 * Rebuilds a product's summary from its reviews in one statement; the upsert keeps concurrent reviewers
	 * of the same product from racing to insert the row.
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
