package dev.stranglerfig.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.testsupport.files.ScratchDirectory;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;

/**
 * A legacy database with the monolith's tables of one context and the service's database with the service's
 * tables, on the test server, plus a plans directory holding the context's plan at a chosen phase: what the bridge
 * needs to run. Fixtures: {@code fixtures/legacy-<context>.sql}, {@code service-<context>.sql}, {@code <context>.yaml}.
 * Slots and replication origins belong to the whole server, not to a database, so closing drops the ones the
 * bridge made for these databases: the next test's bridge uses the same names.
 */
final class BridgeDatabases implements AutoCloseable {

	final PostgresServer.Database legacy;

	final PostgresServer.Database service;

	private final String context;

	private final Path plansDir;

	/** The catalog context. */
	BridgeDatabases(String prefix, String phase) {
		this(prefix, "catalog", phase);
	}

	BridgeDatabases(String prefix, String context, String phase) {
		this(TestPostgres.newDatabase(prefix + "_legacy"), TestPostgres.newDatabase(prefix + "_" + context), context,
				plans(context, phase));
		execute(this.legacy, resource("legacy-" + context + ".sql"));
		execute(this.service, resource("service-" + context + ".sql"));
	}

	private BridgeDatabases(PostgresServer.Database legacy, PostgresServer.Database service, String context, Path plansDir) {
		this.legacy = legacy;
		this.service = service;
		this.context = context;
		this.plansDir = plansDir;
	}

	/** The same databases with the plan at another phase, for a second bridge running the other direction. */
	BridgeDatabases withPlanAt(String phase) {
		return new BridgeDatabases(this.legacy, this.service, this.context, plans(this.context, phase));
	}

	/** The bridge's command line: this plan directory, the context and both databases. */
	List<String> bridgeArguments() {
		String service = "--bridge.services." + this.context;
		return new ArrayList<>(List.of("--bridge.plans-dir=" + this.plansDir, "--bridge.contexts=" + this.context,
				"--bridge.legacy.url=" + this.legacy.jdbcUrl(), "--bridge.legacy.user=" + this.legacy.user(),
				"--bridge.legacy.password=" + this.legacy.password(), service + ".url=" + this.service.jdbcUrl(),
				service + ".user=" + this.service.user(), service + ".password=" + this.service.password(),
				"--bridge.batch-size=1024", "--bridge.heartbeat-interval=1s", "--bridge.lag-probe-interval=1s",
				"--bridge.retry-max-backoff=2s",
				"--server.port=0"));
	}

	private static final String COUNT_CHANGES = """
			CREATE TABLE %1$s (id bigint PRIMARY KEY, changes bigint NOT NULL);
			CREATE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    INSERT INTO %1$s (id, changes) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, 1)
			    ON CONFLICT (id) DO UPDATE SET changes = %1$s.changes + 1;
			    RETURN NULL;
			END $$;
			CREATE TRIGGER count_change AFTER INSERT OR UPDATE OR DELETE ON %2$s FOR EACH ROW EXECUTE FUNCTION count_change();
			""";

	/**
	 * Counts the changes to each row of {@code table} in {@code public.product_changes (id, changes)}, by a trigger:
	 * the same count on both sides means every change was applied once.
	 */
	static void countChanges(PostgresServer.Database database, String table) {
		execute(database, COUNT_CHANGES.formatted("public.product_changes", table));
	}

	/** Call after the bridge has stopped: an active slot cannot be dropped. */
	@Override
	public void close() {
		for (PostgresServer.Database database : List.of(this.legacy, this.service)) {
			execute(database, "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE database = current_database()");
		}
		execute(this.service, "SELECT pg_replication_origin_drop(roname) FROM pg_replication_origin WHERE roname LIKE 'strangler\\_%'");
	}

	static void execute(PostgresServer.Database database, String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed on " + database.name() + ": " + ex.getMessage(), ex);
		}
	}

	static long queryLong(PostgresServer.Database database, String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed on " + database.name() + ": " + ex.getMessage(), ex);
		}
	}

	static List<String> queryRows(PostgresServer.Database database, String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
			ResultSet rows = statement.executeQuery(sql);
			List<String> result = new ArrayList<>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(i > 1 ? "|" : "").append(rows.getString(i));
				}
				result.add(row.toString());
			}
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed on " + database.name() + ": " + ex.getMessage(), ex);
		}
	}

	/** The legacy catalog (catalog context only) in the service's terms, ordered by table and id: what the service must hold. */
	List<String> legacyInServiceTerms() {
		return queryRows(this.legacy, """
				SELECT 'category' AS t, id, concat_ws('|', name, slug, parent_id, created_at, updated_at) FROM public.category
				UNION ALL
				SELECT 'product', id, concat_ws('|', sku, name, md5(description), (price * 100)::bigint, currency, category_id,
				       active, created_at, updated_at) FROM public.product
				ORDER BY 1, 2""");
	}

	List<String> serviceRows() {
		return queryRows(this.service, """
				SELECT 'category' AS t, id, concat_ws('|', name, slug, parent_id, created_at, updated_at) FROM catalog.category
				UNION ALL
				SELECT 'product', id, concat_ws('|', sku, name, md5(description), price_minor, currency, category_id,
				       active, created_at, updated_at) FROM catalog.product
				ORDER BY 1, 2""");
	}

	private static Path plans(String context, String phase) {
		try {
			Path directory = ScratchDirectory.create("bridge-plans");
			Files.writeString(directory.resolve(context + ".yaml"), resource(context + ".yaml").replace("PHASE", phase));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String name) {
		try (InputStream in = BridgeDatabases.class.getResourceAsStream("/fixtures/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
