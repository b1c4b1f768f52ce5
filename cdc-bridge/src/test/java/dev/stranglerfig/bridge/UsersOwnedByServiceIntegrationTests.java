package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Users-service owns the accounts (phase {@code writes}) and keeps credentials in a table of its own, so legacy's
 * {@code app_user.password_hash} (NOT NULL, no default) is outside the mapping: the plan's {@code onInsert} gives it a
 * value for accounts the service creates, and never touches the hash of an account legacy already has. A legacy column
 * that nothing fills is named at start, before any row is dead-lettered for it.
 */
class UsersOwnedByServiceIntegrationTests {

	@Test
	void accountsCreatedInTheServiceReachLegacyWithThePlansInsertValues() {
		try (BridgeDatabases databases = new BridgeDatabases("users_s2l", "users", "writes")) {
			execute(databases.legacy, "INSERT INTO app_user (id, email, password_hash, full_name) VALUES (1, 'old@example.com', 'legacy-hash', 'Old')");
			execute(databases.service, "INSERT INTO users.user_account (id, email, display_name) VALUES (1, 'old@example.com', 'Old')");
			// A legacy column no plan value fills: the bridge names it instead of dead-lettering every new account.
			execute(databases.legacy, "ALTER TABLE app_user ADD COLUMN loyalty_tier text NOT NULL DEFAULT 'none';"
					+ "ALTER TABLE app_user ALTER COLUMN loyalty_tier DROP DEFAULT");

			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(bridge.get("/actuator/health/readiness"))
					.contains("\"status\":\"DOWN\"", "public.app_user.loyalty_tier", "is NOT NULL without a default",
							"add onInsert: { legacy: { loyalty_tier: <value> } } to the mapping of public.app_user"));
				execute(databases.legacy, "ALTER TABLE app_user ALTER COLUMN loyalty_tier SET DEFAULT 'none'");
				await().atMost(Duration.ofSeconds(60)).untilAsserted(
						() -> assertThat(bridge.get("/actuator/health/readiness")).contains("\"status\":\"UP\""));

				execute(databases.service, """
						BEGIN;
						INSERT INTO users.user_account (id, email, display_name) VALUES (2, 'new@example.com', 'New');
						INSERT INTO users.account_role (user_account_id, role_id) VALUES (2, 1);
						INSERT INTO users.address (user_account_id, label, line1, city, postal_code, country) VALUES (2, 'Home', 'Road 2', 'Bonn', '53111', 'DE');
						UPDATE users.user_account SET display_name = 'Renamed' WHERE id = 1;
						COMMIT""");
				await().atMost(Duration.ofSeconds(30)).until(() -> queryLong(databases.legacy, "SELECT count(*) FROM address WHERE user_id = 2") == 1);

				assertThat(queryRows(databases.legacy, "SELECT id, email, full_name, password_hash, loyalty_tier FROM app_user ORDER BY id"))
					.containsExactly("1|old@example.com|Renamed|legacy-hash|none", "2|new@example.com|New|!disabled|none");
				assertThat(queryRows(databases.legacy, "SELECT user_id, role_id FROM user_role")).containsExactly("2|1");
				assertThat(queryLong(databases.legacy, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
			}
		}
	}

}
