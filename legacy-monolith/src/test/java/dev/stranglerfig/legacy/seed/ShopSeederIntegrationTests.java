package dev.stranglerfig.legacy.seed;

import java.util.Map;

import javax.sql.DataSource;

import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class ShopSeederIntegrationTests {

	private static final SeedProperties VOLUMES = new SeedProperties(true, 300, 40, 900, 500, 2000, 7, false);

	private static DataSource dataSource;

	private static Map<String, Long> seeded;

	@BeforeAll
	static void seedOnce() throws Exception {
		dataSource = migratedDatabase();
		seeded = new ShopSeeder(dataSource, VOLUMES, "pbkdf2$1$salt$hash").seedIfEmpty();
	}

	@Test
	void writesTheConfiguredVolumes() {
		JdbcClient sql = JdbcClient.create(dataSource);
		assertThat(count(sql, "app_user")).isEqualTo(300);
		assertThat(count(sql, "product")).isEqualTo(40);
		assertThat(count(sql, "customer_order")).isEqualTo(900);
		assertThat(count(sql, "review")).isEqualTo(500);
		assertThat(count(sql, "page_view_event")).isEqualTo(2000);
		assertThat(count(sql, "payment")).isEqualTo(900);
		assertThat(count(sql, "shipment")).isEqualTo(900);
		assertThat(count(sql, "stock_item")).isEqualTo(40 * 3);
		assertThat(seeded).containsEntry("customer_order", 900L).containsEntry("notification", 300L + 900L);
	}

	@Test
	void ordersAddUpAcrossDomains() {
		JdbcClient sql = JdbcClient.create(dataSource);
		Integer mismatchedTotals = sql.sql("""
				SELECT count(*) FROM customer_order o
				WHERE o.total_amount <> (SELECT sum(line_total) FROM order_line l WHERE l.order_id = o.id)
				   OR o.total_amount <> (SELECT amount FROM payment p WHERE p.order_id = o.id)""")
			.query(Integer.class)
			.single();
		assertThat(mismatchedTotals).isZero();
		Integer refundedButNotCancelled = sql
			.sql("SELECT count(*) FROM payment p JOIN customer_order o ON o.id = p.order_id "
					+ "WHERE (p.status = 'REFUNDED') <> (o.status = 'CANCELLED')")
			.query(Integer.class)
			.single();
		assertThat(refundedButNotCancelled).isZero();
		Integer summaries = sql.sql("SELECT count(*) FROM product_rating_summary").query(Integer.class).single();
		assertThat(summaries).isEqualTo(40);
	}

	@Test
	void theApplicationKeepsInsertingAfterTheSeededIds() throws Exception {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			var rs = statement.executeQuery("INSERT INTO app_user (email, password_hash, full_name) "
					+ "VALUES ('late@example.com', 'x', 'Late') RETURNING id");
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(301);
			connection.rollback();
		}
	}

	@Test
	void leavesADatabaseWithUsersAlone() throws Exception {
		assertThat(new ShopSeeder(dataSource, VOLUMES, "x").seedIfEmpty()).isEmpty();
		assertThat(count(JdbcClient.create(dataSource), "customer_order")).isEqualTo(900);
	}

	@Test
	void seedsTheSameRowsForTheSameSeed() throws Exception {
		DataSource other = migratedDatabase();
		new ShopSeeder(other, VOLUMES, "pbkdf2$1$salt$hash").seedIfEmpty();
		String fingerprint = "SELECT md5(string_agg(id || ':' || total_amount || ':' || user_id, ',' ORDER BY id)) FROM customer_order";
		assertThat(JdbcClient.create(other).sql(fingerprint).query(String.class).single())
			.isEqualTo(JdbcClient.create(dataSource).sql(fingerprint).query(String.class).single());
	}

	@Test
	void aFailedSeedLeavesNothingBehind() throws Exception {
		DataSource broken = migratedDatabase();
		// Reviews are written late in the run, so refusing them fails it half-way through.
		JdbcClient.create(broken).sql("ALTER TABLE review ADD CONSTRAINT no_reviews CHECK (rating > 5)").update();
		assertThatException().isThrownBy(() -> new ShopSeeder(broken, VOLUMES, "x").seedIfEmpty())
			.withMessageContaining("no_reviews");
		assertThat(count(JdbcClient.create(broken), "app_user")).isZero();
		assertThat(count(JdbcClient.create(broken), "customer_order")).isZero();
	}

	private static long count(JdbcClient sql, String table) {
		return sql.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static DataSource migratedDatabase() {
		PostgresServer.Database database = TestPostgres.newDatabase("seed");
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl(database.jdbcUrl());
		source.setUser(database.user());
		source.setPassword(database.password());
		Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
		return source;
	}

}
