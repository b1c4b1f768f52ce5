package dev.stranglerfig.bridge.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.InsertValues;
import dev.stranglerfig.plans.TableMapping;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Verify while shoppers write: a range that differed only because a change was in flight is not reported. */
class TableVerifierIntegrationTests {

	private static final TableMapping ITEMS = new TableMapping("public.item", "svc.item", List.of("id"),
			Map.of("id", "id", "name", "title"), Map.of(), InsertValues.NONE);

	private PostgresServer.Database legacy;

	private PostgresServer.Database service;

	@BeforeEach
	void twoSidesOneRowBehind() throws SQLException {
		this.legacy = TestPostgres.newDatabase("verify_legacy");
		this.service = TestPostgres.newDatabase("verify_service");
		execute(this.legacy, "CREATE TABLE public.item (id bigint PRIMARY KEY, name text NOT NULL);"
				+ "INSERT INTO public.item SELECT n, 'item ' || n FROM generate_series(1, 100) n;"
				+ "UPDATE public.item SET name = 'renamed' WHERE id = 50");
		execute(this.service, "CREATE SCHEMA svc; CREATE TABLE svc.item (id bigint PRIMARY KEY, title text NOT NULL);"
				+ "INSERT INTO svc.item SELECT n, 'item ' || n FROM generate_series(1, 100) n");
	}

	@Test
	void aDifferenceTheBridgeAppliesBeforeTheSecondReadIsNotReported() throws SQLException {
		// The rename was in flight: it reaches the service while the verifier waits.
		TableVerifier verifier = new TableVerifier(() -> execute(this.service, "UPDATE svc.item SET title = 'renamed' WHERE id = 50"));

		try (Connection legacy = this.legacy.connect(); Connection service = this.service.connect()) {
			assertThat(verifier.verify(legacy, service, ITEMS).equal()).isTrue();
		}
	}

	@Test
	void aDifferenceStillThereAfterTheRechecksIsReportedWithItsKey() throws SQLException {
		AtomicInteger pauses = new AtomicInteger();
		TableVerifier verifier = new TableVerifier(pauses::incrementAndGet);

		try (Connection legacy = this.legacy.connect(); Connection service = this.service.connect()) {
			TableReport report = verifier.verify(legacy, service, ITEMS);

			assertThat(report.equal()).isFalse();
			assertThat(report.sampleKeys()).anySatisfy(sample -> assertThat(sample).contains("[50]"));
		}
		assertThat(pauses).hasValue(TableVerifier.RECHECKS);
	}

	private static void execute(PostgresServer.Database database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
