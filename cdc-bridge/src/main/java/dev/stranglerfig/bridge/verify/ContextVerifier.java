package dev.stranglerfig.bridge.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.sync.SyncStreams;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.TableMapping;

/**
 * Compares every mapped table of a context between legacy and the service. The two databases are read one after the
 * other, so a change in flight can make a range differ; {@link TableVerifier} reads differing ranges again before
 * it reports them.
 */
public final class ContextVerifier {

	private final BridgeProperties properties;

	public ContextVerifier(BridgeProperties properties) {
		this.properties = properties;
	}

	public VerifyReport verify(String context) throws SQLException {
		Plan plan = SyncStreams.plan(this.properties, context);
		try (Connection legacy = SyncStreams.legacy(this.properties).connect();
				Connection service = SyncStreams.service(this.properties, context).connect()) {
			utc(legacy);
			utc(service);
			List<TableReport> tables = new ArrayList<>();
			TableVerifier verifier = new TableVerifier();
			for (TableMapping mapping : plan.tables()) {
				tables.add(verifier.verify(legacy, service, mapping));
			}
			return new VerifyReport(context, tables);
		}
	}

	/** Times become text in the checksums: both sides must write them in the same zone. */
	private static void utc(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
		}
	}

}
