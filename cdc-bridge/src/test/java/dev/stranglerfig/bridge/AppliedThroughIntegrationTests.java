package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bridge publishes how far it has applied legacy's changes into the control database, and what it publishes is
 * true: once the published time has passed a write's commit, the write is in the service. The proxy's read-your-writes
 * relies on exactly that.
 */
class AppliedThroughIntegrationTests {

	private static final String PUBLISHED = """
			SELECT coalesce(max((extract(epoch FROM applied_through) * 1000)::bigint), 0)
			FROM strangler_control.bridge_progress WHERE context = 'users' AND direction = 'l2s'""";

	@Test
	void theAppliedThroughTimePassesAWriteOnlyOnceTheWriteIsInTheService() {
		try (BridgeDatabases databases = new BridgeDatabases("users", "users", "legacy")) {
			// The proxy's Flyway creates this table in the control database (legacy's by default); the test stands in.
			execute(databases.legacy, """
					CREATE SCHEMA strangler_control;
					CREATE TABLE strangler_control.bridge_progress (
						context text NOT NULL, direction text NOT NULL, applied_through timestamptz NOT NULL,
						updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (context, direction))""");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				for (int id = 1; id <= 20; id++) {
					execute(databases.legacy, "INSERT INTO app_user (id, email, password_hash, full_name) VALUES (" + id
							+ ", 'shopper" + id + "@example.com', 'hash', 'Shopper " + id + "')");
					// created_at is the inserting transaction's start, a moment before its commit.
					long written = queryLong(databases.legacy,
							"SELECT floor(extract(epoch FROM created_at) * 1000)::bigint FROM app_user WHERE id = " + id);
					await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
						.until(() -> queryLong(databases.legacy, PUBLISHED) >= written);

					assertThat(queryLong(databases.service, "SELECT count(*) FROM users.user_account WHERE id = " + id))
						.as("user %d is in the service once the published time has passed its commit", id)
						.isEqualTo(1);
				}
			}
		}
	}

}
