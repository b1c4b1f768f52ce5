package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service database refuses every connection for 30 s while legacy keeps changing: the bridge holds the batch,
 * retries with backoff (visible in its health and metrics), and once the database is back it catches up with
 * nothing lost and nothing doubled.
 */
class TargetOutageIntegrationTests {

	@Test
	void targetDownForThirtySecondsIsRetriedAndCaughtUp() {
		try (BridgeDatabases databases = new BridgeDatabases("outage", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 1);

				takeDown(databases);
				execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) SELECT 'SKU-' || n, 'P' || n, 5.00, 1 "
						+ "FROM generate_series(1, 5000) n");
				execute(databases.legacy, "UPDATE product SET price = price * 2 WHERE id % 2 = 0");
				execute(databases.legacy, "DELETE FROM product WHERE id % 5 = 0");

				await().atMost(Duration.ofSeconds(20)).untilAsserted(
						() -> assertThat(bridge.get("/actuator/health")).contains("RETRYING", "not currently accepting connections"));
				// Down for 30 s in all, and the bridge keeps saying so the whole time.
				await().during(Duration.ofSeconds(28)).atMost(Duration.ofSeconds(40)).untilAsserted(
						() -> assertThat(bridge.get("/actuator/health")).contains("RETRYING").contains("\"status\":\"UP\""));

				execute(databases.legacy, "ALTER DATABASE " + databases.service.name() + " ALLOW_CONNECTIONS true");
				await().atMost(Duration.ofSeconds(60)).untilAsserted(
						() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isEqualTo(4000);
				assertThat(bridge.get("/actuator/health")).doesNotContain("RETRYING");
				assertThat(bridge.get("/actuator/prometheus")).containsPattern("bridge_batch_retries_total\\{[^}]*\\} [1-9]");
			}
		}
	}

	private static void takeDown(BridgeDatabases databases) {
		execute(databases.legacy, "ALTER DATABASE " + databases.service.name() + " ALLOW_CONNECTIONS false");
		execute(databases.legacy, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
				+ databases.service.name() + "'");
	}

}
