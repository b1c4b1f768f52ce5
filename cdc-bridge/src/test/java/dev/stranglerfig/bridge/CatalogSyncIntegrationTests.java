package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.CatalogDatabases.execute;
import static dev.stranglerfig.bridge.CatalogDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Legacy owns the catalog: the bridge copies what is there (snapshot), then every change, into catalog-service. */
class CatalogSyncIntegrationTests {

	@Test
	void snapshotThenStreamedChangesReachTheServiceWithThePositionStoredThere() {
		try (CatalogDatabases databases = new CatalogDatabases("slice", "legacy")) {
			execute(databases.legacy, """
					INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen'), ('Garden', 'garden');
					INSERT INTO product (sku, name, description, price, currency, category_id, created_at)
					SELECT 'SKU-' || n, 'Kettle ' || n, repeat('x', n % 3000), n + 0.25, 'EUR', 1 + n % 2,
					       timestamptz '2024-02-29 23:59:59.123456+01' + n * interval '1 minute'
					FROM generate_series(1, 500) n""");

			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).untilAsserted(
						() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));

				execute(databases.legacy, """
						INSERT INTO product (sku, name, price, category_id) SELECT 'NEW-' || n, 'New ' || n, 9.99, 2 FROM generate_series(1, 100) n;
						UPDATE product SET price = price + 1, updated_at = now() WHERE id % 10 = 0;
						UPDATE product SET name = 'Renamed ' || id WHERE id % 7 = 0;
						DELETE FROM product WHERE id % 25 = 0;
						UPDATE category SET name = 'Home & Kitchen' WHERE slug = 'kitchen'""");

				await().atMost(Duration.ofSeconds(60)).untilAsserted(
						() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isEqualTo(576);
				assertThat(queryLong(databases.service,
						"SELECT (source_offset->>'lsn')::bigint FROM strangler_bridge.source_position WHERE stream_name = 'strangler_catalog_l2s'"))
					.isGreaterThan(0);
			}
		}
	}

}
