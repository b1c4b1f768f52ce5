package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A delete reaches the bridge with the old row's replica identity only: a delete the bridge cannot find by the
 * mapping's key is set aside with the advice, never silently skipped.
 */
class DeleteKeysIntegrationTests {

	@Test
	void aDeleteOfAPickupPointKeyedOnItsCodeIsDeadLetteredUntilTheReplicaIdentityIsFull() {
		try (BridgeDatabases databases = new BridgeDatabases("natural_key", "delivery", "legacy")) {
			execute(databases.legacy, "INSERT INTO pickup_point (code, name) VALUES ('BER-1', 'Kiosk'), ('BER-2', 'Station'), ('BER-3', 'Mall')");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitPickupPoints(databases, 3);

				// Default replica identity: the delete carries legacy's id, not the code the service is keyed on.
				execute(databases.legacy, "DELETE FROM pickup_point WHERE code = 'BER-1'");

				await().atMost(Duration.ofSeconds(30))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter") == 1);
				assertThat(queryRows(databases.service, "SELECT source_table, operation, reason FROM strangler_bridge.dead_letter"))
					.singleElement().asString().startsWith("public.pickup_point|delete|")
					.contains("key column code", "REPLICA IDENTITY FULL");
				assertThat(queryRows(databases.service, "SELECT code FROM delivery.pickup_point ORDER BY code"))
					.containsExactly("BER-1", "BER-2", "BER-3");
			}

			execute(databases.legacy, "ALTER TABLE pickup_point REPLICA IDENTITY FULL");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				execute(databases.legacy, "DELETE FROM pickup_point WHERE code = 'BER-2'");

				awaitPickupPoints(databases, 2);
				assertThat(queryRows(databases.service, "SELECT code FROM delivery.pickup_point ORDER BY code"))
					.containsExactly("BER-1", "BER-3");
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isEqualTo(1);
			}
		}
	}

	/** With the replica identity on another unique index, the delete's old row lacks the primary key the mapping uses. */
	@Test
	void aDeleteOfAProductWhoseReplicaIdentityIsItsSkuIsDeadLetteredWithTheAdvice() {
		try (BridgeDatabases databases = new BridgeDatabases("identity_index", "legacy")) {
			execute(databases.legacy, """
					ALTER TABLE product REPLICA IDENTITY USING INDEX product_sku_key;
					INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen');
					INSERT INTO product (sku, name, price, category_id) VALUES ('KETTLE', 'Kettle', 29.99, 1), ('PAN', 'Pan', 19.99, 1)""");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.product") == 2);

				execute(databases.legacy, "DELETE FROM product WHERE sku = 'KETTLE'");

				await().atMost(Duration.ofSeconds(30))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter") == 1);
				assertThat(queryRows(databases.service, "SELECT operation, raw_event -> 'before' ->> 'sku', reason FROM strangler_bridge.dead_letter"))
					.singleElement().asString().startsWith("delete|KETTLE|").contains("key column id", "REPLICA IDENTITY FULL");
			}
		}
	}

	private static void awaitPickupPoints(BridgeDatabases databases, int count) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> queryLong(databases.service, "SELECT count(*) FROM delivery.pickup_point") == count);
	}

}
