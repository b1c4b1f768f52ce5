package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's schema changes under a running bridge (a deploy's migration renames a mapped column): the stream
 * holds its changes and says why until the plan fits again; no row is dead-lettered for it, none is lost.
 */
class TargetSchemaChangeIntegrationTests {

	@Test
	void aMappedColumnRenamedWhileRunningHoldsTheStreamUntilItIsBack() {
		try (BridgeDatabases databases = new BridgeDatabases("drift", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 1);

				execute(databases.service, "ALTER TABLE catalog.product RENAME COLUMN name TO title");
				execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) VALUES ('KETTLE', 'Kettle', 29.99, 1), "
						+ "('PAN', 'Pan', 19.99, 1), ('POT', 'Pot', 9.99, 1)");

				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(bridge.get("/actuator/health/readiness"))
					.contains("\"status\":\"DOWN\"", "FAILED", "has no writable column name", "fix the plan's columns"));
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();

				execute(databases.service, "ALTER TABLE catalog.product RENAME COLUMN title TO name");
				execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) VALUES ('LID', 'Lid', 4.99, 1)");

				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
						queryRows(databases.service, "SELECT sku, name FROM catalog.product ORDER BY id"))
					.containsExactly("KETTLE|Kettle", "PAN|Pan", "POT|Pot", "LID|Lid"));
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(bridge.get("/actuator/health/readiness")).contains("\"status\":\"UP\""));
			}
		}
	}

}
