package dev.stranglerfig.bridge;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.bridge.capture.BridgeRunner;
import dev.stranglerfig.bridge.sync.SyncStream;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator watches: probes, the counters, the apply lag and the slot lag; and heartbeats keep an idle
 * slot from holding the WAL other tables of the database produce.
 */
class ObservabilityIntegrationTests {

	private static final Pattern SLOT_LAG = Pattern.compile("bridge_slot_lag_bytes\\{context=\"catalog\",direction=\"l2s\"\\} ([0-9.E]+)");

	@Test
	void heartbeatsKeepAnIdleSlotFromHoldingWalAndTheMetersShowIt() {
		try (BridgeDatabases databases = new BridgeDatabases("observe", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 1);
				assertThat(bridge.get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
				assertThat(bridge.get("/actuator/health/readiness")).contains("\"status\":\"UP\"", "strangler_catalog_l2s", "RUNNING");

				// 8 MB of WAL from a table the bridge does not capture: only heartbeats can move the slot past it.
				execute(databases.legacy, "CREATE TABLE page_view (id bigint, payload text)");
				execute(databases.legacy, "INSERT INTO page_view SELECT n, repeat('x', 800) FROM generate_series(1, 10000) n");
				long walAfterNoise = queryLong(databases.legacy, "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn");
				await().atMost(Duration.ofSeconds(20)).until(() -> queryLong(databases.legacy,
						"SELECT confirmed_flush_lsn - '0/0'::pg_lsn FROM pg_replication_slots WHERE slot_name = 'strangler_catalog_l2s'") >= walAfterNoise);
				assertThat(queryLong(databases.legacy,
						"SELECT count(*) FROM strangler_bridge.heartbeat WHERE stream_name = 'strangler_catalog_l2s' AND beat_at > now() - interval '5 seconds'"))
					.isEqualTo(1);
				await().atMost(Duration.ofSeconds(10)).until(() -> slotLag(bridge.get("/actuator/prometheus")) < 1_000_000);

				execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) SELECT 'SKU-' || n, 'P' || n, 1.00, 1 "
						+ "FROM generate_series(1, 300) n");
				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bridge.get("/actuator/prometheus"))
					.contains("bridge_changes_applied_total{context=\"catalog\",direction=\"l2s\"} 301.0")
					.contains("bridge_changes_dead_lettered_total{context=\"catalog\",direction=\"l2s\"} 0.0")
					.containsPattern("bridge_apply_lag_milliseconds\\{context=\"catalog\",direction=\"l2s\"\\} [0-9]"));
			}
		}
	}

	@Test
	void aCaptureStartedAgainKeepsItsLagMetersLive() throws InterruptedException {
		try (BridgeDatabases databases = new BridgeDatabases("observe_restart", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");
			// Without heartbeats nothing moves the slot past WAL of uncaptured tables, so its lag is what was written.
			List<String> arguments = databases.bridgeArguments();
			arguments.replaceAll(argument -> argument.startsWith("--bridge.heartbeat-interval=") ? "--bridge.heartbeat-interval=0" : argument);
			try (InJvmBridge bridge = InJvmBridge.start(arguments)) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 1);

				// What an undone handover does: the stream stopped, then resumed from its slot in the same process.
				BridgeRunner runner = bridge.bean(BridgeRunner.class);
				SyncStream stream = runner.capturing("catalog");
				runner.stopCapture("catalog");
				runner.startCapture(stream, false);
				System.gc();

				execute(databases.legacy, "CREATE TABLE page_view (id bigint, payload text)");
				execute(databases.legacy, "INSERT INTO page_view SELECT n, repeat('x', 800) FROM generate_series(1, 2000) n");
				long held = queryLong(databases.legacy,
						"SELECT pg_current_wal_lsn() - confirmed_flush_lsn FROM pg_replication_slots WHERE slot_name = 'strangler_catalog_l2s'");
				assertThat(held).isGreaterThan(1_000_000);
				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
					assertThat(slotLag(bridge.get("/actuator/prometheus"))).isGreaterThanOrEqualTo(held);
					assertThat(bridge.get("/bridge/contexts")).containsPattern("\"slotLagBytes\":[0-9]{7}");
				});

				execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Garden', 'garden')");
				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bridge.get("/actuator/prometheus"))
					.contains("bridge_changes_applied_total{context=\"catalog\",direction=\"l2s\"} 2.0")
					.containsPattern("bridge_apply_lag_milliseconds\\{context=\"catalog\",direction=\"l2s\"\\} [0-9]"));
			}
		}
	}

	private static double slotLag(String prometheus) {
		Matcher matcher = SLOT_LAG.matcher(prometheus);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
	}

}
