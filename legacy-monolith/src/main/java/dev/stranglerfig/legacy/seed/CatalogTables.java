package dev.stranglerfig.legacy.seed;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.copy.CopyManager;

/** Categories, products, warehouses with stock, and reviews. */
final class CatalogTables {

	private final CopyManager copy;

	private final ShopData data;

	CatalogTables(CopyManager copy, ShopData data) {
		this.copy = copy;
		this.data = data;
	}

	Map<String, Long> write() throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (CopyStream categories = new CopyStream(this.copy, "category", "id, name, slug")) {
			for (int i = 0; i < ShopData.CATEGORIES.size(); i++) {
				String name = ShopData.CATEGORIES.get(i);
				categories.row(i + 1, name, name.toLowerCase(Locale.ROOT));
			}
			rows.put("category", categories.rows());
		}
		try (CopyStream products = new CopyStream(this.copy, "product",
				"id, sku, name, description, price, currency, category_id")) {
			for (long id = 1; id <= this.data.products(); id++) {
				String name = this.data.productName(id);
				products.row(id, String.format("SKU-%07d", id), name, "The " + name.toLowerCase(Locale.ROOT)
						+ " our customers keep coming back for.", this.data.price(id), "EUR", this.data.categoryOf(id));
			}
			rows.put("product", products.rows());
		}
		try (CopyStream warehouses = new CopyStream(this.copy, "warehouse", "id, code, name, city, country")) {
			for (int i = 0; i < ShopData.WAREHOUSES.size(); i++) {
				String[] w = ShopData.WAREHOUSES.get(i);
				warehouses.row(i + 1, w[0], w[1], w[2], w[3]);
			}
			rows.put("warehouse", warehouses.rows());
		}
		try (CopyStream stock = new CopyStream(this.copy, "stock_item",
				"id, product_id, warehouse_id, quantity_on_hand")) {
			long id = 1;
			for (long product = 1; product <= this.data.products(); product++) {
				SplittableRandom random = this.data.random(5, product);
				for (int warehouse = 1; warehouse <= ShopData.WAREHOUSES.size(); warehouse++) {
					stock.row(id++, product, warehouse, random.nextInt(10) == 0 ? 0 : random.nextInt(500));
				}
			}
			rows.put("stock_item", stock.rows());
		}
		return rows;
	}

	/** One review per (product, user) pair at most, walking users product by product. */
	Map<String, Long> writeReviews(int users, int reviews) throws SQLException {
		long count = Math.min(reviews, (long) users * this.data.products());
		try (CopyStream rows = new CopyStream(this.copy, "review",
				"id, product_id, user_id, rating, title, body, verified_purchase, created_at, updated_at")) {
			for (long id = 1; id <= count; id++) {
				SplittableRandom random = this.data.random(8, id);
				long product = 1 + (id - 1) % this.data.products();
				long user = 1 + (id - 1) / this.data.products();
				// Skewed towards good ratings, as real shops see: 36% fives, 4% ones.
				int rating = 1 + (int) Math.sqrt(random.nextInt(25));
				var at = this.data.now.minusSeconds(random.nextLong(200L * 24 * 3600));
				rows.row(id, product, user, rating, rating >= 4 ? "Would buy again" : "Not what I expected",
						"Rated " + rating + " out of 5.", random.nextBoolean(), at, at);
			}
			return Map.of("review", rows.rows());
		}
	}

}
