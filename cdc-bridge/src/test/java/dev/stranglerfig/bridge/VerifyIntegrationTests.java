package dev.stranglerfig.bridge;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cdc-bridge verify catalog}: equal sides exit 0; a difference exits 1 naming the range and keys; 2 when nothing could be compared. */
class VerifyIntegrationTests {

	@Test
	void equalDifferentAndNotVerifiedAreToldApartByExitCodeAndReport() {
		try (BridgeDatabases databases = new BridgeDatabases("verify", "legacy")) {
			execute(databases.legacy, """
					INSERT INTO category (id, name, slug, created_at, updated_at) VALUES (1, 'Kitchen', 'kitchen', '2024-01-01T00:00Z', '2024-01-01T00:00Z');
					INSERT INTO product (id, sku, name, price, currency, category_id, created_at, updated_at)
					SELECT n, 'SKU-' || n, 'P' || n, n + 0.25, 'EUR', 1, timestamptz '2024-01-01 10:00:00.123456+02', '2024-01-02T00:00Z'
					FROM generate_series(1, 25000) n""");
			execute(databases.service, """
					INSERT INTO catalog.category (id, name, slug, created_at, updated_at) VALUES (1, 'Kitchen', 'kitchen', '2024-01-01T00:00Z', '2024-01-01T00:00Z');
					INSERT INTO catalog.product (id, sku, name, price_minor, currency, category_id, created_at, updated_at)
					SELECT n, 'SKU-' || n, 'P' || n, n * 100 + 25, 'EUR', 1, timestamptz '2024-01-01 08:00:00.123456Z', '2024-01-02T00:00Z'
					FROM generate_series(1, 25000) n""");

			VerifyRun equal = VerifyRun.of(databases.bridgeArguments(), "catalog");
			assertThat(equal.exitCode()).as(equal.err()).isEqualTo(0);
			assertThat(equal.out()).contains("public.product -> catalog.product: EQUAL, 25000 rows, 3 key ranges checked",
					"public.category -> catalog.category: EQUAL, 1 row,", "EQUAL");

			execute(databases.service, "UPDATE catalog.product SET price_minor = price_minor + 1 WHERE id = 12345");
			execute(databases.service, "DELETE FROM catalog.product WHERE id = 12400");
			VerifyRun different = VerifyRun.of(databases.bridgeArguments(), "catalog");
			assertThat(different.exitCode()).isEqualTo(1);
			assertThat(different.out()).contains("public.product -> catalog.product: DIFFERENT, legacy 25000 rows, service 24999 rows",
					"ranges that differ (1 of 3): id 8335..16668", "key [12345]: values differ", "key [12400]: missing in the service")
				.endsWith("DIFFERENT\n");

			assertThat(VerifyRun.of(databases.bridgeArguments(), "orders").err()).contains("No plan for context 'orders'");
			List<String> unreachable = databases.bridgeArguments().stream()
				.map(arg -> arg.startsWith("--bridge.services.catalog.url=") ? "--bridge.services.catalog.url=jdbc:postgresql://127.0.0.1:1/nowhere" : arg)
				.toList();
			VerifyRun down = VerifyRun.of(unreachable, "catalog");
			assertThat(down.exitCode()).isEqualTo(2);
			assertThat(down.err()).contains("not verified, a database refused", "127.0.0.1:1");
		}
	}

}
