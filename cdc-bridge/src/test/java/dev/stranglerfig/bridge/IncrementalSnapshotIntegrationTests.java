package dev.stranglerfig.bridge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A table listed in {@code bridge.incremental-tables} is left out of the initial snapshot and copied by an incremental
 * snapshot ({@code cdc-bridge snapshot catalog public.product}) in primary-key chunks while changes keep streaming. The
 * command asks the stream the bridge runs: the live phase's, not the plan file's.
 */
class IncrementalSnapshotIntegrationTests {

	/** The proxy's control tables the bridge reads (its Flyway creates them), with catalog's live phase at writes. */
	private static final String CONTROL_STATE_AT_WRITES = """
			CREATE SCHEMA strangler_control;
			CREATE TABLE strangler_control.plan_state (context text PRIMARY KEY, phase text NOT NULL, canary_percent integer NOT NULL,
				version bigint NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT now(), updated_by text NOT NULL, reason text NOT NULL);
			CREATE TABLE strangler_control.handover (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, context text NOT NULL,
				from_phase text NOT NULL, to_phase text NOT NULL, from_percent integer NOT NULL, to_percent integer NOT NULL,
				plan_version bigint NOT NULL, state text NOT NULL, deadline timestamptz NOT NULL, action text NOT NULL,
				actor text NOT NULL, reason text NOT NULL, outcome text, requested_at timestamptz NOT NULL DEFAULT now(),
				held_at timestamptz, settled_at timestamptz);
			INSERT INTO strangler_control.plan_state (context, phase, canary_percent, updated_by, reason)
			VALUES ('catalog', 'writes', 0, 'operator', 'write cutover')""";

	private static final String OPENED_CHUNKS = "SELECT count(*) FROM strangler_bridge.debezium_signal WHERE type = 'snapshot-window-open'";

	@Test
	void aTableLoadedIncrementallyWhileWritesContinueEndsEqual() {
		try (BridgeDatabases databases = new BridgeDatabases("incremental", "legacy")) {
			seed(databases, 20_000);
			List<String> arguments = incremental(databases, 1_000);
			try (InJvmBridge bridge = InJvmBridge.start(arguments)) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 50);
				assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isZero();

				SnapshotRun requested = SnapshotRun.of(arguments, "catalog", "public.product");
				assertThat(requested.exitCode()).as(requested.err()).isZero();
				assertThat(requested.out()).contains("incremental snapshot of public.product requested from strangler_catalog_l2s");
				for (int round = 0; round < 40; round++) {
					execute(databases.legacy, "UPDATE product SET price = price + 1, updated_at = now() WHERE id % 40 = " + round);
					execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) SELECT 'NEW-" + round + "-' || n, 'New', 1.5, 1 "
							+ "FROM generate_series(1, 50) n");
					execute(databases.legacy, "DELETE FROM product WHERE id IN (SELECT id FROM product WHERE id % 97 = " + round + " LIMIT 20)");
				}

				await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(
						() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
				assertThat(VerifyRun.of(arguments, "catalog").exitCode()).isZero();
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
				// 20,000 rows in chunks of 1,000: Debezium marks each chunk's window in the signal table.
				assertThat(queryLong(databases.legacy, OPENED_CHUNKS)).isGreaterThanOrEqualTo(20);
				// Each open mark carries the snapshot the bridge compares streamed transactions with (ChunkRowGuard).
				assertThat(queryLong(databases.legacy, OPENED_CHUNKS + " AND data::jsonb ? 'visibleSnapshot'"))
					.isEqualTo(queryLong(databases.legacy, OPENED_CHUNKS));
			}
		}
	}

	@Test
	void asksTheStreamOfTheLivePhaseWhenThePlanFileIsBehind() {
		// The plan file still says legacy; the proxy's control state (legacy's database by default) says writes.
		try (BridgeDatabases databases = new BridgeDatabases("incremental_live", "legacy")) {
			execute(databases.legacy, CONTROL_STATE_AT_WRITES);
			execute(databases.service, """
					INSERT INTO catalog.category (id, name, slug, created_at, updated_at) VALUES (1, 'Kitchen', 'kitchen', now(), now());
					INSERT INTO catalog.product (id, sku, name, price_minor, currency, category_id, created_at, updated_at)
					VALUES (1, 'KETTLE', 'Kettle', 2999, 'EUR', 1, now(), now()), (2, 'TOASTER', 'Toaster', 4999, 'EUR', 1, now(), now())""");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.legacy, "SELECT count(*) FROM public.product") == 2);
				// Lost in legacy behind the bridge's back: only a re-load of the service's table brings it back.
				execute(databases.legacy, "DELETE FROM public.product WHERE id = 2");

				SnapshotRun requested = SnapshotRun.of(databases.bridgeArguments(), "catalog", "catalog.product");
				assertThat(requested.exitCode()).as(requested.err()).isZero();
				assertThat(requested.out()).contains("incremental snapshot of catalog.product requested from strangler_catalog_s2l");
				await().atMost(Duration.ofSeconds(30)).until(() -> queryLong(databases.legacy, "SELECT count(*) FROM public.product") == 2);
			}
		}
	}

	@Test
	void killedMidIncrementalSnapshotAndRestartedFinishesItWithoutStartingOver() {
		try (BridgeDatabases databases = new BridgeDatabases("incremental_kill", "legacy")) {
			seed(databases, 60_000);
			List<String> arguments = incremental(databases, 500);
			BridgeProcess first = BridgeProcess.start("incremental-first", arguments);
			long chunksBeforeKill;
			try {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 50);
				assertThat(SnapshotRun.of(arguments, "catalog", "public.product").exitCode()).isZero();
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.product") > 15_000);
			}
			finally {
				first.kill();
				chunksBeforeKill = queryLong(databases.legacy, OPENED_CHUNKS);
			}
			assertThat(queryLong(databases.service, "SELECT count(*) FROM catalog.product")).isLessThan(60_000);
			execute(databases.legacy, "UPDATE product SET name = name || ' (after the crash)' WHERE id % 100 = 0");

			try (BridgeProcess second = BridgeProcess.start("incremental-second", arguments)) {
				await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(
						() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
				assertThat(VerifyRun.of(arguments, "catalog").exitCode()).isZero();
				// 120 chunks in all: the restarted bridge went on from its stored position rather than from the first chunk.
				assertThat(queryLong(databases.legacy, OPENED_CHUNKS) - chunksBeforeKill).isLessThan(120);
			}
		}
	}

	private static void seed(BridgeDatabases databases, int products) {
		execute(databases.legacy, """
				INSERT INTO category (name, slug) SELECT 'Category ' || n, 'category-' || n FROM generate_series(1, 50) n;
				INSERT INTO product (sku, name, description, price, category_id)
				SELECT 'OLD-' || n, 'Old ' || n, 'Large table', n %% 500 + 0.5, 1 + n %% 50 FROM generate_series(1, %d) n"""
			.formatted(products));
	}

	private static List<String> incremental(BridgeDatabases databases, int chunkSize) {
		List<String> arguments = new ArrayList<>(databases.bridgeArguments());
		arguments.addAll(List.of("--bridge.incremental-tables=public.product", "--bridge.incremental-chunk-size=" + chunkSize));
		return arguments;
	}

}
