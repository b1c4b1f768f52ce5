package dev.stranglerfig.inventory.stock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StockLevelRepository {

	private static final String SELECT = "SELECT s.id, s.product_id, s.warehouse_id, w.code AS warehouse_code, "
			+ "s.on_hand, s.reserved FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id ";

	private final JdbcClient jdbc;

	StockLevelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** As legacy lists them: by warehouse code. */
	List<StockLevel> findByProduct(long productId) {
		return this.jdbc.sql(SELECT + "WHERE s.product_id = ? ORDER BY w.code")
			.param(productId)
			.query(StockLevel.class)
			.list();
	}

	/**
	 * SELECT ... FOR UPDATE on every stock row of the product, in id order so that concurrent writers queue up
	 * behind each other instead of overselling or deadlocking.
	 */
	List<StockLevel> lockByProduct(long productId) {
		return this.jdbc.sql(SELECT + "WHERE s.product_id = ? ORDER BY s.id FOR UPDATE OF s")
			.param(productId)
			.query(StockLevel.class)
			.list();
	}

	Optional<StockLevel> lock(long productId, long warehouseId) {
		return this.jdbc.sql(SELECT + "WHERE s.product_id = ? AND s.warehouse_id = ? FOR UPDATE OF s")
			.params(productId, warehouseId)
			.query(StockLevel.class)
			.optional();
	}

	/** A level with nothing on hand, unless one exists (a concurrent first write waits here, then finds it). */
	void insertEmptyIfAbsent(long productId, long warehouseId) {
		this.jdbc.sql("INSERT INTO stock_level (product_id, warehouse_id, on_hand, reserved, created_at, updated_at) "
				+ "VALUES (?, ?, 0, 0, now(), now()) ON CONFLICT (product_id, warehouse_id) DO NOTHING")
			.params(productId, warehouseId)
			.update();
	}

	void update(long id, int onHand, int reserved) {
		this.jdbc.sql("UPDATE stock_level SET on_hand = ?, reserved = ?, updated_at = now() WHERE id = ?")
			.params(onHand, reserved, id)
			.update();
	}

	/** Sellable units per product, for those of the products that have stock levels. */
	Map<Long, Long> availableByProduct(Collection<Long> productIds) {
		return this.jdbc.sql("SELECT product_id, sum(on_hand - reserved) AS available FROM stock_level "
				+ "WHERE product_id IN (:ids) GROUP BY product_id")
			.param("ids", productIds)
			.query((rs, row) -> Map.entry(rs.getLong("product_id"), rs.getLong("available")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<Long> productIdsInStock() {
		return this.jdbc.sql("SELECT product_id FROM stock_level GROUP BY product_id "
				+ "HAVING sum(on_hand - reserved) > 0 ORDER BY product_id")
			.query(Long.class)
			.list();
	}

}
