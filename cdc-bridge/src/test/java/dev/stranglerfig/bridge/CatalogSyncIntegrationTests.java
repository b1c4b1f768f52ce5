package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Legacy owns the catalog: the bridge copies what is there (snapshot), then every change, into catalog-service. */
class CatalogSyncIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(CatalogSyncIntegrationTests.class);

	@Test
	void snapshotAndAHundredThousandStreamedChangesVerifyEqual() {
		try (BridgeDatabases databases = new BridgeDatabases("volume", "legacy")) {
			execute(databases.legacy, """
					INSERT INTO category (name, slug) SELECT 'Category ' || n, 'category-' || n FROM generate_series(1, 50) n;
					INSERT INTO product (sku, name, description, price, category_id)
					SELECT 'OLD-' || n, 'Old ' || n, 'Snapshotted', n % 500 + 0.5, 1 + n % 50 FROM generate_series(1, 20000) n""");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				// The snapshot reads category before product: only the row count says the snapshot is done.
				await().atMost(Duration.ofSeconds(60))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.product") == 20_000);
				long started = System.nanoTime();
				// 100,000 changes in transactions of 2,000: 40k inserts, 40k updates, 20k deletes, interleaved.
				for (int round = 0; round < 20; round++) {
					int from = 20_000 + round * 2_000 + 1;
					execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) SELECT 'NEW-' || n, 'New ' || n, "
							+ "n % 300 + 0.99, 1 + n % 50 FROM generate_series(" + from + ", " + (from + 1_999) + ") n");
					execute(databases.legacy, "UPDATE product SET price = price + 0.01, name = name || '*', updated_at = now() "
							+ "WHERE id IN (SELECT id FROM product ORDER BY id OFFSET " + (round * 1_000) + " LIMIT 2000)");
					execute(databases.legacy, "DELETE FROM product WHERE id IN (SELECT id FROM product WHERE id % 7 = " + (round % 7)
							+ " ORDER BY id LIMIT 1000)");
				}
				long written = System.nanoTime();
				awaitMarker(databases, "after-stream");
				long applied = System.nanoTime();
				logger.info("100,000 changes written in {} ms; all applied {} ms after the first was written",
						(written - started) / 1_000_000, (applied - started) / 1_000_000);

				VerifyRun verify = VerifyRun.of(databases.bridgeArguments(), "catalog");
				assertThat(verify.out()).endsWith("EQUAL\n").doesNotContain("DIFFERENT");
				assertThat(verify.exitCode()).isEqualTo(0);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isEqualTo(40_000);
			}
		}
	}

	/** A category written last: the stream is ordered, so once it is in the service everything before it is too. */
	private static void awaitMarker(BridgeDatabases databases, String slug) {
		execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('marker', '" + slug + "')");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category WHERE slug = '" + slug + "'") == 1);
	}

	/** Also: unchanged TOAST values (the descriptions, when only the price or name changes) are left as they are. */
	@Test
	void snapshotThenStreamedChangesReachTheServiceWithThePositionStoredThere() {
		try (BridgeDatabases databases = new BridgeDatabases("slice", "legacy")) {
			// Descriptions stored out of line (TOAST): an update of another column does not put them in the WAL.
			execute(databases.legacy, """
					ALTER TABLE product ALTER COLUMN description SET STORAGE EXTERNAL;
					INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen'), ('Garden', 'garden');
					INSERT INTO product (sku, name, description, price, currency, category_id, created_at)
					SELECT 'SKU-' || n, 'Kettle ' || n, repeat(md5(n::text), 100), n + 0.25, 'EUR', 1 + n % 2,
					       timestamptz '2024-02-29 23:59:59.123456+01' + n * interval '1 minute'
					FROM generate_series(1, 500) n""");

			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitServiceAsLegacy(databases);

				execute(databases.legacy, """
						INSERT INTO product (sku, name, price, category_id) SELECT 'NEW-' || n, 'New ' || n, 9.99, 2 FROM generate_series(1, 100) n;
						UPDATE product SET price = price + 1, updated_at = now() WHERE id % 10 = 0;
						UPDATE product SET name = 'Renamed ' || id WHERE id % 7 = 0;
						DELETE FROM product WHERE id % 25 = 0;
						UPDATE category SET name = 'Home & Kitchen' WHERE slug = 'kitchen'""");

				awaitServiceAsLegacy(databases);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isEqualTo(576);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product WHERE description LIKE '%debezium_unavailable%'"))
					.isZero();
				assertThat(queryLong(databases.service,
						"SELECT (source_offset->>'lsn')::bigint FROM strangler_bridge.source_position WHERE stream_name = 'strangler_catalog_l2s'"))
					.isGreaterThan(0);
			}
		}
	}

	/**
	 * timestamptz values that Java's time types do not hold the way PostgreSQL does (infinities, BC, a year past 9999,
	 * the days the Julian calendar skipped, an offset in minutes), snapshotted and streamed.
	 */
	@Test
	void timestampsAtTheEdgesOfPostgresqlsRangeArriveUnchanged() {
		try (BridgeDatabases databases = new BridgeDatabases("edges", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");
			execute(databases.legacy, productsCreatedAtTheEdges("OLD"));
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitServiceAsLegacy(databases);

				execute(databases.legacy, productsCreatedAtTheEdges("NEW"));

				awaitServiceAsLegacy(databases);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isEqualTo(14);
			}
		}
	}

	@Test
	void textThatNeedsQuotingAndAKeyChangedTwiceInOneTransactionArriveAsInLegacy() {
		try (BridgeDatabases databases = new BridgeDatabases("quoting", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");
			execute(databases.legacy, productsWithTextThatNeedsQuoting("OLD"));
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitServiceAsLegacy(databases);

				execute(databases.legacy, productsWithTextThatNeedsQuoting("NEW"));
				// One transaction (one batch here): a key written, rewritten and deleted, another renamed twice.
				execute(databases.legacy, """
						INSERT INTO product (sku, name, price, category_id) VALUES ('GONE', 'Short-lived', 1, 1);
						UPDATE product SET name = 'first "rename"' WHERE sku = 'OLD-1';
						UPDATE product SET price = 2 WHERE sku = 'GONE';
						UPDATE product SET name = 'second \\ rename', description = NULL WHERE sku = 'OLD-1';
						DELETE FROM product WHERE sku IN ('GONE', 'OLD-2');
						UPDATE product SET description = 'back again' WHERE sku = 'NEW-3'""");

				awaitServiceAsLegacy(databases);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isEqualTo(11);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product WHERE name = 'second \\ rename'"))
					.isEqualTo(1);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
				// Every batch went through whole: none was refused and redone one change at a time.
				assertThat(bridge.get("/actuator/prometheus"))
					.contains("bridge_batches_one_by_one_total{context=\"catalog\",direction=\"l2s\"} 0.0");
			}
		}
	}

	private static void awaitServiceAsLegacy(BridgeDatabases databases) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
	}

	private static String productsWithTextThatNeedsQuoting(String prefix) {
		return "INSERT INTO product (sku, name, description, price, category_id) SELECT '" + prefix + "-' || n, name, description, 1, 1 "
				+ "FROM (VALUES (1, 'a \"quoted\" name', NULL), (2, 'back\\slash', ''), (3, '{braces, and commas}', 'NULL'), "
				+ "(4, 'NULL', 'line one' || chr(10) || 'line two'), (5, '', 'tab' || chr(9) || 'end'), "
				+ "(6, 'Ünïcödé 日本 🎉', ' spaces around ')) AS v(n, name, description)";
	}

	private static String productsCreatedAtTheEdges(String prefix) {
		return "INSERT INTO product (sku, name, price, category_id, created_at) SELECT '" + prefix + "-' || n, 'Edge ' || n, 1, 1, t "
				+ "FROM unnest(ARRAY['infinity', '-infinity', '0044-03-15 12:00:00.000001+00 BC', '10000-01-01 00:00:00+00', "
				+ "'1582-10-10 12:00:00+00', '2024-02-29 23:59:59.999999+05:30', '2024-06-01 00:00:00.5-03:00']::timestamptz[]) "
				+ "WITH ORDINALITY AS edge(t, n)";
	}

}
