package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bridge process is killed (SIGKILL) in the middle of a large change stream and started again: the service
 * ends up equal to legacy, and every source change was applied exactly once (a trigger on each side counts the
 * changes per row: the counts must match).
 */
class CrashRecoveryIntegrationTests {

	/** Four changes per product and a delete of one in ten: 1,025,000 changes. */
	private static final int PRODUCTS = 250_000;

	private static final long CHANGES = PRODUCTS * 4L + PRODUCTS / 10;

	@Test
	void killedMidStreamAndRestartedEndsEqualWithEveryChangeAppliedOnce() {
		try (BridgeDatabases databases = new BridgeDatabases("crash", "legacy")) {
			BridgeDatabases.countChanges(databases.legacy, "public.product");
			BridgeDatabases.countChanges(databases.service, "catalog.product");
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen')");

			BridgeProcess first = BridgeProcess.start("crash-first", databases.bridgeArguments());
			try {
				await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.category") == 1);
				writeChangeStream(databases);
				long sourceChanges = queryLong(databases.legacy, "SELECT sum(changes) FROM public.product_changes");
				assertThat(sourceChanges).isEqualTo(CHANGES);

				await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
					.until(() -> queryLong(databases.service, "SELECT coalesce(sum(changes), 0) FROM public.product_changes") > sourceChanges / 3);
			}
			finally {
				first.kill();
			}
			long appliedBeforeKill = queryLong(databases.service, "SELECT sum(changes) FROM public.product_changes");
			assertThat(appliedBeforeKill).isLessThan(CHANGES);

			BridgeProcess second = BridgeProcess.start("crash-second", databases.bridgeArguments());
			try {
				// The counter sums agree first (cheap to poll); only then are the rows themselves compared.
				await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
					.until(() -> queryLong(databases.service, "SELECT sum(changes) FROM public.product_changes") >= CHANGES);
				assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms());
				assertThat(queryRows(databases.service, "SELECT id, changes FROM public.product_changes ORDER BY id"))
					.containsExactlyElementsOf(queryRows(databases.legacy, "SELECT id, changes FROM public.product_changes ORDER BY id"));
				assertThat(VerifyRun.of(databases.bridgeArguments(), "catalog").exitCode()).isZero();
			}
			finally {
				second.close();
			}
			// SIGTERM: the engine stops before its connections close, so nothing complains on the way out.
			assertThat(second.log()).contains("Bridge stopped: 1 streams").doesNotContain("ERROR");
		}
	}

	/** Inserts, two updates of every row, then deletes one row in ten: set-based, in transactions of 10,000 rows. */
	private static void writeChangeStream(BridgeDatabases databases) {
		int chunk = 10_000;
		for (int from = 1; from <= PRODUCTS; from += chunk) {
			execute(databases.legacy, "INSERT INTO product (sku, name, price, category_id) SELECT 'SKU-' || n, 'Product ' || n, "
					+ "(n % 1000) + 0.99, 1 FROM generate_series(" + from + ", " + (from + chunk - 1) + ") n");
		}
		for (int pass = 0; pass < 2; pass++) {
			for (int from = 1; from <= PRODUCTS; from += chunk) {
				execute(databases.legacy, "UPDATE product SET price = price + 1, updated_at = now() WHERE id BETWEEN " + from
						+ " AND " + (from + chunk - 1));
			}
		}
		for (int from = 1; from <= PRODUCTS; from += chunk) {
			execute(databases.legacy, "UPDATE product SET active = NOT active WHERE id BETWEEN " + from + " AND " + (from + chunk - 1));
			execute(databases.legacy, "DELETE FROM product WHERE id % 10 = 0 AND id BETWEEN " + from + " AND " + (from + chunk - 1));
		}
	}

}
