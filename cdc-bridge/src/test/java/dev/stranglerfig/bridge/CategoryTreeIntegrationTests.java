package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The category tree references itself, and legacy stores children before their parents (lower ids, earlier on disk):
 * the snapshot still copies every category, parents first, and nothing is dead-lettered.
 */
class CategoryTreeIntegrationTests {

	@Test
	void childrenStoredBeforeTheirParentsAreSnapshottedWithoutDeadLetters() {
		try (BridgeDatabases databases = new BridgeDatabases("tree", "legacy")) {
			// Written children first (the key is checked again when it comes back), so the table's natural order is
			// leaves, then branches, then the root.
			execute(databases.legacy, """
					ALTER TABLE category DROP CONSTRAINT category_parent_id_fkey;
					INSERT INTO category (id, name, slug, parent_id)
					SELECT n, 'Leaf ' || n, 'leaf-' || n, 10000 + n % 100 FROM generate_series(1, 3000) n;
					INSERT INTO category (id, name, slug, parent_id)
					SELECT 10000 + m, 'Branch ' || m, 'branch-' || m, 20000 FROM generate_series(0, 99) m;
					INSERT INTO category (id, name, slug, parent_id) VALUES (20000, 'Everything', 'everything', NULL);
					ALTER TABLE category ADD CONSTRAINT category_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES category (id);
					INSERT INTO product (sku, name, price, category_id) SELECT 'SKU-' || n, 'Product ' || n, 2.5, n FROM generate_series(1, 3000) n""");
			assertThat(queryRows(databases.legacy, "SELECT id, parent_id FROM category LIMIT 1")).containsExactly("1|10001");

			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(
						() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.category WHERE parent_id IS NOT NULL")).isEqualTo(3_100);
				assertThat(VerifyRun.of(databases.bridgeArguments(), "catalog").exitCode()).isZero();
			}
		}
	}

}
