package dev.stranglerfig.legacy.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import dev.stranglerfig.legacy.orders.OrderResponses.UserOrderSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "My orders with product names" in native SQL, joining the orders tables with the catalog's product table:
 * the kind of cross-domain read a monolith does without thinking and a split database cannot.
 */
@Repository
class UserOrderQueries {

	// Page the orders first, then join their lines, so a page holds whole orders.
	private static final String PAGE_OF_ORDERS_WITH_ITEMS = """
			SELECT o.id AS order_id, o.status, o.total_amount, o.currency, o.placed_at,
			       l.product_id, p.name AS product_name, l.quantity
			FROM (SELECT id, status, total_amount, currency, placed_at
			      FROM customer_order
			      WHERE user_id = :userId
			      ORDER BY placed_at DESC, id DESC
			      LIMIT :limit OFFSET :offset) o
			JOIN order_line l ON l.order_id = o.id
			JOIN product p ON p.id = l.product_id
			ORDER BY o.placed_at DESC, o.id DESC, l.id
			""";

	private final JdbcClient jdbc;

	UserOrderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<UserOrderSummary> ordersOf(Long userId, Pageable pageable) {
		List<Row> rows = this.jdbc.sql(PAGE_OF_ORDERS_WITH_ITEMS)
			.param("userId", userId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, rowNum) -> new Row(rs.getLong("order_id"), OrderStatus.valueOf(rs.getString("status")),
					rs.getBigDecimal("total_amount"), rs.getString("currency"),
					rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
					new UserOrderSummary.Item(rs.getLong("product_id"), rs.getString("product_name"),
							rs.getInt("quantity"))))
			.list();
		List<UserOrderSummary> orders = rows.stream()
			.collect(Collectors.groupingBy(Row::orderId, LinkedHashMap::new, Collectors.toList()))
			.values()
			.stream()
			.map(Row::summary)
			.toList();
		long total = this.jdbc.sql("SELECT count(*) FROM customer_order WHERE user_id = :userId")
			.param("userId", userId)
			.query(Long.class)
			.single();
		return new PageImpl<>(orders, pageable, total);
	}

	/** One line of one order, as the join returns it. */
	private record Row(long orderId, OrderStatus status, BigDecimal totalAmount, String currency, Instant placedAt,
			UserOrderSummary.Item item) {

		static UserOrderSummary summary(List<Row> linesOfOneOrder) {
			Row first = linesOfOneOrder.get(0);
			return new UserOrderSummary(first.orderId(), first.status(), first.totalAmount(), first.currency(),
					first.placedAt(), linesOfOneOrder.stream().map(Row::item).toList());
		}

	}

}
