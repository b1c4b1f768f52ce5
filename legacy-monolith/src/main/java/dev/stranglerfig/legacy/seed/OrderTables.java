package dev.stranglerfig.legacy.seed;

import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.stranglerfig.legacy.shipping.Carrier;
import org.postgresql.copy.CopyManager;

/**
 * Order history as the live flow would have left it: lines, status history, a captured (or refunded)
 * payment, a delivered (or cancelled) shipment, sales events and confirmation emails. Each table is one
 * pass over the orders; the order is re-derived from its index every time instead of held in memory.
 */
final class OrderTables {

	private final CopyManager copy;

	private final ShopData data;

	private final int orders;

	OrderTables(CopyManager copy, ShopData data, int orders) {
		this.copy = copy;
		this.data = data;
		this.orders = orders;
	}

	Map<String, Long> write() throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		rows.put("customer_order", pass("customer_order",
				"id, user_id, shipping_address_id, status, total_amount, currency, placed_at, created_at, updated_at",
				(order, out) -> out.row(order.id(), order.userId(), order.userId(), order.status(), order.total(), "EUR",
						order.placedAt(), order.placedAt(), order.placedAt())));
		rows.put("order_line", pass("order_line", "order_id, product_id, quantity, unit_price, line_total",
				(order, out) -> {
					for (ShopData.Line line : order.lines()) {
						out.row(order.id(), line.productId(), line.quantity(), line.unitPrice(), line.lineTotal());
					}
				}));
		rows.put("order_status_history", pass("order_status_history", "order_id, from_status, to_status, changed_at",
				(order, out) -> {
					out.row(order.id(), null, "PLACED", order.placedAt());
					out.row(order.id(), "PLACED", "PAID", order.placedAt());
					if (order.cancelled()) {
						out.row(order.id(), "PAID", "CANCELLED", order.placedAt().plus(Duration.ofHours(2)));
					}
					else {
						out.row(order.id(), "PAID", "SHIPPED", order.shippedAt());
						out.row(order.id(), "SHIPPED", "DELIVERED", order.deliveredAt());
					}
				}));
		rows.put("payment", pass("payment",
				"id, order_id, amount, refunded_amount, currency, status, card_last4, provider_ref, created_at",
				(order, out) -> out.row(order.id(), order.id(), order.total(),
						order.cancelled() ? order.total() : "0.00", "EUR", order.cancelled() ? "REFUNDED" : "CAPTURED",
						String.format("%04d", order.id() % 10000), "sim_" + order.id(), order.placedAt())));
		rows.put("refund", pass("refund", "payment_id, amount, reason, created_at", (order, out) -> {
			if (order.cancelled()) {
				out.row(order.id(), order.total(), "Order cancelled by customer", order.placedAt().plus(Duration.ofHours(2)));
			}
		}));
		rows.put("shipment", pass("shipment", "id, order_id, carrier, tracking_number, status, recipient_name, line1, "
				+ "city, postal_code, country, shipped_at, delivered_at, created_at", (order, out) -> {
					Carrier carrier = Carrier.forCountry(this.data.country(order.userId()));
					out.row(order.id(), order.id(), carrier.name(), carrier.trackingPrefix() + String.format("%016d", order.id()),
							order.cancelled() ? "CANCELLED" : "DELIVERED", this.data.fullName(order.userId()),
							this.data.street(order.userId()), "Springfield", String.format("%05d", order.userId() % 100000),
							this.data.country(order.userId()), order.cancelled() ? null : order.shippedAt(),
							order.cancelled() ? null : order.deliveredAt(), order.placedAt());
				}));
		rows.put("shipment_event", pass("shipment_event", "shipment_id, status, location, occurred_at", (order, out) -> {
			if (!order.cancelled()) {
				out.row(order.id(), "IN_TRANSIT", "Sorting centre", order.shippedAt());
				out.row(order.id(), "DELIVERED", "Doorstep", order.deliveredAt());
			}
		}));
		rows.put("sales_event", pass("sales_event", "order_id, product_id, quantity, amount, occurred_at",
				(order, out) -> {
					for (ShopData.Line line : order.lines()) {
						out.row(order.id(), line.productId(), line.quantity(), line.lineTotal(), order.placedAt());
					}
				}));
		rows.put("notification", pass("notification",
				"user_id, channel, recipient, template, subject, body, status, attempts, sent_at", (order, out) -> out.row(
						order.userId(), "EMAIL", "shopper" + order.userId() + "@example.com", "ORDER_CONFIRMATION",
						"Order " + order.id() + " confirmed",
						"We received your order " + order.id() + " of " + order.total() + " EUR.", "SENT", 1,
						order.placedAt())));
		return rows;
	}

	private long pass(String table, String columns, RowWriter writer) throws SQLException {
		try (CopyStream out = new CopyStream(this.copy, table, columns)) {
			for (long id = 1; id <= this.orders; id++) {
				writer.write(this.data.order(id), out);
			}
			return out.rows();
		}
	}

	@FunctionalInterface
	private interface RowWriter {

		void write(ShopData.Order order, CopyStream out) throws SQLException;

	}

}
