package dev.stranglerfig.catalog.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The storefront's search over this service's own tables: active products, by text and category slug, in id
 * order, paged. Stock is not here: the in-stock filter arrives as the set of ids legacy's inventory reports in
 * stock, and the query keeps only those ({@code id = ANY(...)}), so the count and the page are computed over
 * the same filtered set, as legacy's single SQL join did.
 */
@Repository
class ProductSearch {

	private static final String FROM = "FROM product p LEFT JOIN category c ON c.id = p.category_id\n";

	private final JdbcClient jdbc;

	ProductSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param inStockIds only these products, or {@code null} for no stock filter
	 */
	Result search(String query, String categorySlug, List<Long> inStockIds, int page, int size) {
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
		if (inStockIds != null) {
			conditions.add("p.id = ANY(:inStock)");
			params.put("inStock", inStockIds.toArray(Long[]::new));
		}
		String where = "WHERE " + String.join(" AND ", conditions) + "\n";

		long total = this.jdbc.sql("SELECT count(*) " + FROM + where).params(params).query(Long.class).single();
		List<Hit> hits = this.jdbc
			.sql("SELECT p.id, p.sku, p.name, p.price_minor, p.currency, c.slug AS category " + FROM + where
					+ "ORDER BY p.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Hit.class)
			.list();
		return new Result(hits, total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	record Hit(Long id, String sku, String name, long priceMinor, String currency, String category) {
	}

	record Result(List<Hit> hits, long total) {
	}

}
