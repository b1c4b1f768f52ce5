package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rows the service cannot take (a price with a third decimal under {@code minor-units}, a currency its CHECK
 * refuses) land in {@code strangler_bridge.dead_letter} with the reason and the raw event; everything around them,
 * in the same batch and after, is applied.
 */
class DeadLetterIntegrationTests {

	@Test
	void poisonRowsAreDeadLetteredAndTheRestOfTheStreamIsApplied() {
		try (BridgeDatabases databases = new BridgeDatabases("poison", "legacy")) {
			// A legacy column looser than the plan assumes: three decimal places cannot become minor units.
			execute(databases.legacy, "ALTER TABLE product ALTER COLUMN price TYPE numeric(12,3)");
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");

			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 1);
				execute(databases.legacy, """
						INSERT INTO product (id, sku, name, price, currency, category_id) VALUES
						    (1, 'GOOD-1', 'Good one', 10.50, 'EUR', 1),
						    (2, 'POISON-PRICE', 'Third decimal', 12.345, 'EUR', 1),
						    (3, 'POISON-CURRENCY', 'Lower-case currency', 3.00, 'eur', 1),
						    (4, 'GOOD-2', 'Good two', 7.00, 'USD', 1)""");
				execute(databases.legacy, "UPDATE product SET name = 'Good one, renamed' WHERE id = 1");
				execute(databases.legacy, "INSERT INTO product (id, sku, name, price, category_id) VALUES (5, 'GOOD-3', 'After the poison', 1.99, 1)");

				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
						queryRows(databases.service, "SELECT id, name, price_minor FROM catalog.product ORDER BY id"))
					.containsExactly("1|Good one, renamed|1050", "4|Good two|700", "5|After the poison|199"));

				assertThat(queryRows(databases.service, """
						SELECT context, direction, source_table, row_key::text, operation, raw_event -> 'after' ->> 'sku',
						       source_position ? 'lsn'
						FROM strangler_bridge.dead_letter ORDER BY id"""))
					.containsExactly("catalog|l2s|public.product|{\"id\": 2}|upsert|POISON-PRICE|t",
							"catalog|l2s|public.product|{\"id\": 3}|upsert|POISON-CURRENCY|t");
				assertThat(queryRows(databases.service, "SELECT reason FROM strangler_bridge.dead_letter ORDER BY id"))
					.satisfiesExactly(
							reason -> assertThat(reason).contains("public.product.price = 12.345", "catalog.product.price_minor"),
							reason -> assertThat(reason).contains("product_currency_check", "23514"));
				// Only the columns the plan maps are captured: legacy's product.version never leaves its database.
				assertThat(queryRows(databases.service, """
						SELECT raw_event -> 'after' ? 'version', raw_event -> 'after' ? 'currency'
						FROM strangler_bridge.dead_letter ORDER BY id"""))
					.containsExactly("f|t", "f|t");
				assertThat(bridge.get("/actuator/prometheus"))
					.contains("bridge_changes_dead_lettered_total{context=\"catalog\",direction=\"l2s\"} 2.0")
					.containsPattern("bridge_batches_one_by_one_total\\{context=\"catalog\",direction=\"l2s\"\\} [1-9]");
			}
		}
	}

}
