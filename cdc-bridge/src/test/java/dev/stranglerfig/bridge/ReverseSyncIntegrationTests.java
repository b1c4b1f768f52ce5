package dev.stranglerfig.bridge;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.countChanges;
import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service owns the catalog (phase {@code writes}): its changes flow back to legacy. To prove there is no loop
 * even when both directions run (as during a cutover), a second bridge runs legacy -> service at the same time: a
 * row changed on one side changes exactly once on the other and never comes back.
 */
class ReverseSyncIntegrationTests {

	private static final String FORWARD_STREAMING = "SELECT count(*) FROM strangler_bridge.source_position "
			+ "WHERE stream_name = 'strangler_catalog_l2s' AND NOT source_offset ? 'snapshot'";

	@Test
	void serviceChangesReachLegacyOnceAndNeverComeBack() {
		try (BridgeDatabases databases = new BridgeDatabases("reverse", "writes")) {
			countChanges(databases.legacy, "public.product");
			countChanges(databases.service, "catalog.product");
			execute(databases.service, "INSERT INTO catalog.category (id, name, slug, created_at, updated_at) "
					+ "VALUES (1, 'Kitchen', 'kitchen', '2024-01-01T00:00Z', '2024-01-01T00:00Z')");
			BridgeDatabases forward = databases.withPlanAt("reads");

			try (InJvmBridge reverse = InJvmBridge.start(databases.bridgeArguments());
					InJvmBridge legacyToService = InJvmBridge.start(forward.bridgeArguments())) {
				await().atMost(Duration.ofSeconds(60))
					.until(() -> queryRows(databases.legacy, "SELECT name FROM public.category"), rows -> rows.equals(List.of("Kitchen")));
				// The forward stream's initial snapshot must be over, or it could copy the product below back as a row it read.
				// (Its position table appears only once it has started.)
				await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> queryLong(databases.service, FORWARD_STREAMING) == 1);

				execute(databases.service, """
						INSERT INTO catalog.product (id, sku, name, price_minor, currency, category_id, created_at, updated_at)
						VALUES (1, 'KETTLE', 'Kettle', 2999, 'EUR', 1, '2024-03-01T10:00:00.123456Z', '2024-03-01T10:00:00.123456Z')""");
				execute(databases.service, "UPDATE catalog.product SET price_minor = 3499, updated_at = now() WHERE id = 1");
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(databases.legacyInServiceTerms())
					.containsExactlyElementsOf(databases.serviceRows()));
				assertThat(queryRows(databases.legacy, "SELECT price, version FROM public.product")).containsExactly("34.99|0");

				// A change on each side after them: once each has crossed, any echo of the product changes would have too.
				execute(databases.legacy, "UPDATE public.category SET name = 'Kitchen & Home' WHERE id = 1");
				await().atMost(Duration.ofSeconds(30))
					.until(() -> queryRows(databases.service, "SELECT name FROM catalog.category"), rows -> rows.equals(List.of("Kitchen & Home")));
				execute(databases.service, "UPDATE catalog.category SET slug = 'kitchen-home' WHERE id = 1");
				await().atMost(Duration.ofSeconds(30))
					.until(() -> queryRows(databases.legacy, "SELECT slug FROM public.category"), rows -> rows.equals(List.of("kitchen-home")));

				assertThat(queryRows(databases.service, "SELECT id, changes FROM public.product_changes")).containsExactly("1|2");
				assertThat(queryRows(databases.legacy, "SELECT id, changes FROM public.product_changes")).containsExactly("1|2");
				assertThat(databases.legacyInServiceTerms()).containsExactlyElementsOf(databases.serviceRows());
			}
		}
	}

}
