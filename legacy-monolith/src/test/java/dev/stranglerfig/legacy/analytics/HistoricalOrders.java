package dev.stranglerfig.legacy.analytics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders written straight into the orders domain's tables, at any instant in the past (the API can only place
 * orders now), so reports have whole days of their own to read.
 */
public final class HistoricalOrders {

	private final JdbcClient jdbc;

	public HistoricalOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An order of the user placed at the given instant; answers its id. */
	public long placeOrder(long userId, String status, Instant placedAt, Line... lines) {
		BigDecimal total = BigDecimal.ZERO;
		for (Line line : lines) {
			total = total.add(line.total());
		}
		long orderId = this.jdbc.sql("""
				INSERT INTO customer_order (user_id, status, total_amount, currency, placed_at)
				VALUES (?, ?, ?, 'EUR', ?) RETURNING id
				""").params(userId, status, total, Timestamp.from(placedAt)).query(Long.class).single();
		for (Line line : lines) {
			this.jdbc.sql("""
					INSERT INTO order_line (order_id, product_id, quantity, unit_price, line_total)
					VALUES (?, ?, ?, ?, ?)
					""").params(orderId, line.productId(), line.quantity(), line.unitPrice(), line.total()).update();
		}
		return orderId;
	}

	/** A sales event as the order flow records it. */
	public void recordSale(long orderId, long productId, int quantity, String amount, Instant occurredAt) {
		this.jdbc.sql("INSERT INTO sales_event (order_id, product_id, quantity, amount, occurred_at) VALUES (?, ?, ?, ?, ?)")
			.params(orderId, productId, quantity, new BigDecimal(amount), Timestamp.from(occurredAt))
			.update();
	}

	public record Line(long productId, int quantity, BigDecimal unitPrice) {

		public static Line of(long productId, int quantity, String unitPrice) {
			return new Line(productId, quantity, new BigDecimal(unitPrice));
		}

		BigDecimal total() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
