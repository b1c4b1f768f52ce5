package dev.stranglerfig.bridge;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A plan that does not fit the databases, or a context without a database, is reported with what to fix. */
class MisconfigurationIntegrationTests {

	@Test
	void aPlanColumnTheTargetLacksTakesTheBridgeOutOfReadinessUntilFixed() {
		try (BridgeDatabases databases = new BridgeDatabases("misfit", "legacy")) {
			execute(databases.service, "ALTER TABLE catalog.product RENAME COLUMN price_minor TO price_cents");
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen');"
					+ "INSERT INTO product (sku, name, price, category_id) VALUES ('KETTLE', 'Kettle', 29.99, 1)");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(bridge.get("/actuator/health/readiness"))
					.contains("\"status\":\"DOWN\"", "FAILED", "catalog.product", "has no writable column price_minor",
							"mapped from public.product.price", "fix the plan's columns"));
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.category")).isZero();

				execute(databases.service, "ALTER TABLE catalog.product RENAME COLUMN price_cents TO price_minor");
				await().atMost(Duration.ofSeconds(60))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.product WHERE price_minor = 2999") == 1);
				assertThat(bridge.get("/actuator/health/readiness")).contains("\"status\":\"UP\"");
			}
		}
	}

	@Test
	void aContextWithoutADatabaseStopsTheStartWithTheSettingToAdd() {
		try (BridgeDatabases databases = new BridgeDatabases("nodb", "legacy")) {
			List<String> arguments = databases.bridgeArguments().stream().filter(arg -> !arg.startsWith("--bridge.services.")).toList();
			assertThatThrownBy(() -> InJvmBridge.start(arguments)).rootCause()
				.hasMessageContaining("No database for context 'catalog'; set bridge.services.catalog.url, .user and .password");
		}
	}

}
