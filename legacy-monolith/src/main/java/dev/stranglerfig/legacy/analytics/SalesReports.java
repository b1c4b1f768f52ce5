package dev.stranglerfig.legacy.analytics;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The back office's sales reports, in SQL over other domains' tables: the daily figures read the live order
 * tables and catalog's products and categories; the best sellers read the sales events the order flow records.
 */
@Repository
class SalesReports {

	private final JdbcClient jdbc;

	SalesReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per UTC day and category; an order with lines in two categories counts once in each. */
	List<DailySales> dailySales(ReportPeriod period, String categorySlug) {
		return this.jdbc.sql("""
				SELECT (o.placed_at AT TIME ZONE 'UTC')::date AS date, c.slug AS category,
				       count(DISTINCT o.id) AS orders, sum(l.quantity) AS units, sum(l.line_total) AS revenue
				FROM customer_order o
				JOIN order_line l ON l.order_id = o.id
				JOIN product p ON p.id = l.product_id
				LEFT JOIN category c ON c.id = p.category_id
				WHERE o.status <> 'CANCELLED'
				  AND o.placed_at >= :start AND o.placed_at < :end
				  AND (CAST(:category AS text) IS NULL OR c.slug = :category)
				GROUP BY 1, 2
				ORDER BY 1, 2 NULLS LAST
				""")
			.param("start", period.start())
			.param("end", period.end())
			.param("category", categorySlug)
			.query(DailySales.class)
			.list();
	}

	List<TopProduct> topProducts(ReportPeriod period, int limit) {
		return this.jdbc.sql("""
				SELECT p.id AS product_id, p.sku, p.name, sum(e.quantity) AS units, sum(e.amount) AS revenue
				FROM sales_event e
				JOIN product p ON p.id = e.product_id
				WHERE e.occurred_at >= :start AND e.occurred_at < :end
				GROUP BY p.id, p.sku, p.name
				ORDER BY revenue DESC, p.id
				LIMIT :limit
				""")
			.param("start", period.start())
			.param("end", period.end())
			.param("limit", limit)
			.query(TopProduct.class)
			.list();
	}

}
