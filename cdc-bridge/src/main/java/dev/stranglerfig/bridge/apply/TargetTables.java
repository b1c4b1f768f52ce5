package dev.stranglerfig.bridge.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.bridge.sync.Direction;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/** The tables one stream writes to, checked against its routes before anything is captured. */
final class TargetTables {

	private final Map<String, TargetTable> tables;

	private TargetTables(Map<String, TargetTable> tables) {
		this.tables = tables;
	}

	/** @throws IllegalStateException listing every table or column of the plan the target lacks */
	static TargetTables load(Connection connection, SyncStream stream) throws SQLException {
		List<String> problems = new ArrayList<>();
		Map<String, TargetTable> tables = new HashMap<>();
		String where = "the " + stream.context() + " " + stream.direction().value() + " target " + stream.target().url();
		String side = (stream.direction() == Direction.LEGACY_TO_SERVICE) ? "service" : "legacy";
		for (TableRoute route : stream.tables()) {
			TargetTable table = TargetTable.load(connection, route, where, side, problems);
			if (table != null) {
				tables.put(route.targetTable(), table);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The plan for '" + stream.context() + "' does not fit its target:\n  "
					+ String.join("\n  ", problems));
		}
		return new TargetTables(tables);
	}

	TargetTable table(String name) {
		return this.tables.get(name);
	}

}
