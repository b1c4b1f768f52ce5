package dev.stranglerfig.legacy.reviews;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	boolean existsByProductIdAndUserId(Long productId, Long userId);

	@Query(value = "select r from Review r join fetch r.user where r.product.id = ?1",
			countQuery = "select count(r) from Review r where r.product.id = ?1")
	Page<Review> findByProductId(Long productId, Pageable pageable);

	/** Whether the user bought the product: reads the orders domain's tables directly. */
	@Query(nativeQuery = true, value = """
			SELECT EXISTS (SELECT 1 FROM customer_order o JOIN order_line l ON l.order_id = o.id
			               WHERE o.user_id = ?1 AND l.product_id = ?2 AND o.status <> 'CANCELLED')
			""")
	boolean hasBought(Long userId, Long productId);

}
