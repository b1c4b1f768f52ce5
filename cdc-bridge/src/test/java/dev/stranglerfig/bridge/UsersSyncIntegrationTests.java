package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped users mapping: renamed columns, a composite key (roles), children referencing accounts, legacy's
 * cascading deletes, and a service column generated from a copied one. Registrations, edits, removed roles and
 * a closed account reach users-service; {@code verify users} finds both sides equal.
 */
class UsersSyncIntegrationTests {

	@Test
	void accountsRolesAndAddressesStayEqualThroughSnapshotAndChanges() {
		try (BridgeDatabases databases = new BridgeDatabases("users", "users", "legacy")) {
			execute(databases.legacy, """
					INSERT INTO app_user (email, password_hash, full_name, phone, marketing_opt_in)
					SELECT 'Shopper' || n || '@Example.com', 'hash', 'Shopper ' || n, CASE WHEN n % 3 = 0 THEN '+49 30 ' || n END, n % 2 = 0
					FROM generate_series(1, 300) n;
					INSERT INTO user_role (user_id, role_id) SELECT id, 1 FROM app_user;
					INSERT INTO user_role (user_id, role_id) SELECT id, 2 FROM app_user WHERE id % 10 = 0;
					INSERT INTO address (user_id, label, line1, city, postal_code, country, is_default)
					SELECT id, 'Home', 'Street ' || id, 'Berlin', '10115', 'DE', true FROM app_user""");

			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM users.address") == 300);

				execute(databases.legacy, """
						BEGIN;
						INSERT INTO app_user (id, email, password_hash, full_name) VALUES (1000, 'New@Shop.example', 'hash', 'New shopper');
						INSERT INTO user_role (user_id, role_id) VALUES (1000, 1);
						INSERT INTO address (user_id, label, line1, line2, city, postal_code, country, is_default)
						VALUES (1000, 'Work', 'Office 1', 'Floor 3', 'Hamburg', '20095', 'DE', false);
						COMMIT;
						UPDATE app_user SET email = 'renamed5@example.com', full_name = 'Renamed', updated_at = now() WHERE id = 5;
						UPDATE app_user SET status = 'SUSPENDED' WHERE id % 50 = 0;
						DELETE FROM user_role WHERE user_id = 10 AND role_id = 2;
						DELETE FROM app_user WHERE id = 7;
						UPDATE address SET is_default = false WHERE user_id = 8;
						INSERT INTO address (user_id, label, line1, city, postal_code, country, is_default) VALUES (8, 'New', 'Road 8', 'Bonn', '53111', 'DE', true)""");
				execute(databases.legacy, "INSERT INTO app_user (id, email, password_hash, full_name) VALUES (2000, 'last@example.com', 'hash', 'Last')");
				await().atMost(Duration.ofSeconds(30))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM users.user_account WHERE id = 2000") == 1);

				VerifyRun verify = VerifyRun.of(databases.bridgeArguments(), "users");
				assertThat(verify.out()).contains("public.app_user -> users.user_account: EQUAL, 301 rows",
						"public.address -> users.address: EQUAL, 301 rows", "public.user_role -> users.account_role: EQUAL, 329 rows");
				assertThat(verify.exitCode()).isZero();
				assertThat(queryRows(databases.service, "SELECT email, email_key, display_name FROM users.user_account WHERE id IN (5, 1000) ORDER BY id"))
					.containsExactly("renamed5@example.com|renamed5@example.com|Renamed", "New@Shop.example|new@shop.example|New shopper");
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
			}
		}
	}

}
