package dev.stranglerfig.legacy.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StockItemRepository extends JpaRepository<StockItem, Long> {

	@Query("select s from StockItem s join fetch s.warehouse where s.product.id = ?1 order by s.warehouse.code")
	List<StockItem> findByProduct(Long productId);

	/**
	 * SELECT ... FOR UPDATE on every stock row of the product, in id order so that concurrent orders queue up
	 * behind each other instead of overselling or deadlocking.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StockItem s join fetch s.warehouse where s.product.id = ?1 order by s.id")
	List<StockItem> lockByProduct(Long productId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StockItem s where s.product.id = ?1 and s.warehouse.id = ?2")
	Optional<StockItem> lockByProductAndWarehouse(Long productId, Long warehouseId);

	/** Rows of [product id, available units] for those of the products that have stock records. */
	@Query("""
			select s.product.id, sum(s.quantityOnHand - s.quantityReserved) from StockItem s
			where s.product.id in ?1 group by s.product.id""")
	List<Object[]> availableByProduct(Collection<Long> productIds);

	@Query("""
			select s.product.id from StockItem s group by s.product.id
			having sum(s.quantityOnHand - s.quantityReserved) > 0 order by s.product.id""")
	List<Long> productIdsInStock();

}
