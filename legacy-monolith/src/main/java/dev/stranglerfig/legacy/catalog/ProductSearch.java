package dev.stranglerfig.legacy.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The storefront's product search. It reads inventory's stock_item and reviews' product_rating_summary
 * straight from their tables in one SQL statement, because the listing page shows stock and stars per hit.
 */
@Repository
class ProductSearch {

	private static final String FROM = """
			FROM product p
			LEFT JOIN category c ON c.id = p.category_id
			LEFT JOIN (SELECT product_id, SUM(quantity_on_hand - quantity_reserved) AS available
			           FROM stock_item GROUP BY product_id) s ON s.product_id = p.id
			LEFT JOIN product_rating_summary r ON r.product_id = p.id
			""";

	private final JdbcClient jdbc;

	ProductSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ProductListing> search(String query, String categorySlug, boolean inStockOnly, Pageable pageable) {
		List<String> conditions = new ArrayList<>(List.of("p.active"));
		Map<String, Object> params = new HashMap<>();
		if (query != null && !query.isBlank()) {
			conditions.add("(p.name ILIKE :pattern OR p.sku ILIKE :pattern OR p.description ILIKE :pattern)");
			params.put("pattern", "%" + escapeLike(query.strip()) + "%");
		}
		if (categorySlug != null) {
			conditions.add("c.slug = :category");
			params.put("category", categorySlug);
		}
		if (inStockOnly) {
			conditions.add("COALESCE(s.available, 0) > 0");
		}
		String where = "WHERE " + String.join(" AND ", conditions) + "\n";

		long total = this.jdbc.sql("SELECT count(*) " + FROM + where).params(params).query(Long.class).single();
		List<ProductListing> rows = this.jdbc.sql("""
				SELECT p.id, p.sku, p.name, p.price, p.currency, c.slug AS category,
				       COALESCE(s.available, 0) AS available_quantity,
				       COALESCE(r.average_rating, 0.00) AS average_rating,
				       COALESCE(r.review_count, 0) AS review_count
				""" + FROM + where + "ORDER BY p.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ProductListing.class)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Sellable units over all warehouses: on hand minus what open orders have reserved. */
	long availableQuantity(long productId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(quantity_on_hand - quantity_reserved), 0)
				FROM stock_item WHERE product_id = :productId
				""").param("productId", productId).query(Long.class).single();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
