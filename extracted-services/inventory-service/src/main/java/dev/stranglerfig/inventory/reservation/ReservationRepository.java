package dev.stranglerfig.inventory.reservation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReservationRepository {

	private static final String SELECT = "SELECT r.id, r.order_id, r.product_id, r.warehouse_id, "
			+ "w.code AS warehouse_code, r.quantity, r.status, r.created_at "
			+ "FROM reservation r JOIN warehouse w ON w.id = r.warehouse_id WHERE r.order_id = ? ORDER BY r.id";

	private final JdbcClient jdbc;

	ReservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Reservation> findByOrder(long orderId) {
		return this.jdbc.sql(SELECT).param(orderId).query(Reservation.class).list();
	}

	/** The order's reservations, locked until the transaction ends: one settlement of an order at a time. */
	List<Reservation> lockByOrder(long orderId) {
		return this.jdbc.sql(SELECT + " FOR UPDATE OF r").param(orderId).query(Reservation.class).list();
	}

	void insert(long orderId, long productId, long warehouseId, int quantity) {
		this.jdbc.sql("INSERT INTO reservation (order_id, product_id, warehouse_id, quantity, status, created_at, "
				+ "updated_at) VALUES (?, ?, ?, ?, 'HELD', now(), now())")
			.params(orderId, productId, warehouseId, quantity)
			.update();
	}

	void changeStatus(long id, ReservationStatus status) {
		this.jdbc.sql("UPDATE reservation SET status = ?, updated_at = now() WHERE id = ?")
			.params(status.name(), id)
			.update();
	}

	/**
	 * Records the order's idempotency key; false when the order already has one. A concurrent first call for the
	 * same order waits here until the other commits (then finds its row) or rolls back (then inserts).
	 */
	boolean recordRequest(long orderId, String fingerprint) {
		return this.jdbc.sql("INSERT INTO reservation_request (order_id, lines, created_at) "
				+ "VALUES (?, CAST(? AS jsonb), now()) ON CONFLICT (order_id) DO NOTHING")
			.params(orderId, fingerprint)
			.update() == 1;
	}

	/** Whether the order's recorded request asked for the same lines (jsonb equality: layout does not matter). */
	boolean sameRequest(long orderId, String fingerprint) {
		return this.jdbc.sql("SELECT lines = CAST(? AS jsonb) FROM reservation_request WHERE order_id = ?")
			.params(fingerprint, orderId)
			.query(Boolean.class)
			.single();
	}

}
