package dev.stranglerfig.legacy.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty shop database with {@link ShopData} through {@code COPY}, all in one transaction: a run
 * either seeds every table or leaves the database as it was. Identity sequences are moved past the seeded
 * ids so the application keeps inserting after them.
 */
public final class ShopSeeder {

	/** What every seeded account's password is. */
	public static final String PASSWORD = "password";

	private static final Logger logger = LoggerFactory.getLogger(ShopSeeder.class);

	private static final List<String> SEQUENCED_TABLES = List.of("category", "product", "warehouse", "stock_item",
			"app_user", "address", "customer_order", "order_line", "order_status_history", "payment", "refund",
			"shipment", "shipment_event", "notification", "sales_event", "review", "page_view_event");

	private final DataSource dataSource;

	private final SeedProperties properties;

	private final String passwordHash;

	public ShopSeeder(DataSource dataSource, SeedProperties properties, String passwordHash) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.passwordHash = passwordHash;
	}

	/** @return rows written per table, or an empty map when the database already has users */
	public Map<String, Long> seedIfEmpty() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			try (Statement statement = connection.createStatement();
					var rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM app_user)")) {
				rs.next();
				if (rs.getBoolean(1)) {
					logger.info("Not seeding: the database already has users");
					return Map.of();
				}
			}
			connection.setAutoCommit(false);
			try {
				Map<String, Long> rows = seed(connection);
				connection.commit();
				return rows;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private Map<String, Long> seed(Connection connection) throws SQLException {
		long started = System.nanoTime();
		ShopData data = new ShopData(this.properties.randomSeed(), this.properties.users(), this.properties.products());
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Map<String, Long> rows = new LinkedHashMap<>();
		CatalogTables catalog = new CatalogTables(copy, data);
		catalog.write().forEach((table, count) -> rows.merge(table, count, Long::sum));
		new UserTables(copy, data, this.properties.users(), this.passwordHash).write()
			.forEach((table, count) -> rows.merge(table, count, Long::sum));
		new OrderTables(copy, data, this.properties.orders()).write()
			.forEach((table, count) -> rows.merge(table, count, Long::sum));
		rows.putAll(catalog.writeReviews(this.properties.users(), this.properties.reviews()));
		rows.put("page_view_event", writePageViews(copy, data));
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO product_rating_summary (product_id, review_count, average_rating) "
					+ "SELECT product_id, count(*), round(avg(rating), 2) FROM review GROUP BY product_id");
			for (String table : SEQUENCED_TABLES) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
						+ "greatest((SELECT max(id) FROM " + table + "), 1))");
			}
		}
		long total = rows.values().stream().mapToLong(Long::longValue).sum();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		logger.info("Seeded {} rows in {} ms ({} rows/s): {}", total, took.toMillis(),
				total * 1000 / Math.max(1, took.toMillis()), rows);
		return rows;
	}

	private long writePageViews(CopyManager copy, ShopData data) throws SQLException {
		try (CopyStream views = new CopyStream(copy, "page_view_event",
				"id, session_id, user_id, product_id, path, occurred_at")) {
			for (long id = 1; id <= this.properties.pageViews(); id++) {
				SplittableRandom random = data.random(9, id);
				Long userId = random.nextBoolean() ? 1L + random.nextInt(this.properties.users()) : null;
				long productId = 1 + random.nextInt(data.products());
				Instant at = data.now.minus(Duration.ofSeconds(random.nextLong(30L * 24 * 3600)));
				views.row(id, "s-" + (id / 5), userId, productId, "/products/" + productId, at);
			}
			return views.rows();
		}
	}

}
