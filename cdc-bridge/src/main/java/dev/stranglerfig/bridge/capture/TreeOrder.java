package dev.stranglerfig.bridge.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.bridge.sync.SqlNames;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * A table referencing itself (a category tree: {@code parent_id REFERENCES category (id)}) is snapshotted parents
 * first: roots, then their children, then theirs (rows outside any tree, such as a cycle, last), through Debezium's
 * {@code snapshot.select.statement.overrides}. Otherwise a child read before its parent would be refused by the
 * target's foreign key and dead-lettered. Ordering the read is what works for both transports: with the embedded one
 * a child cannot wait for a parent that comes after it in the same stream, and deferring the check to commit would
 * need the service's constraints to be DEFERRABLE, which the bridge does not own; a truly orphaned row still fails
 * at once with its reason. Single-column self references only, read from the source's foreign keys.
 */
final class TreeOrder {

	private static final String SELF_REFERENCES = """
			SELECT n.nspname || '.' || t.relname, child.attname, parent.attname
			FROM pg_constraint k
			JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
			JOIN pg_attribute child ON child.attrelid = k.conrelid AND child.attnum = k.conkey[1]
			JOIN pg_attribute parent ON parent.attrelid = k.confrelid AND parent.attnum = k.confkey[1]
			WHERE k.contype = 'f' AND k.conrelid = k.confrelid AND cardinality(k.conkey) = 1""";

	/** %1$s the table, %2$s the referencing column, %3$s the referenced one; the table's own columns, in order. */
	private static final String BY_DEPTH = """
			SELECT t.* FROM %1$s t LEFT JOIN (
			    WITH RECURSIVE tree (node, depth) AS (
			        SELECT %3$s, 0 FROM %1$s WHERE %2$s IS NULL
			        UNION ALL
			        SELECT c.%3$s, tree.depth + 1 FROM %1$s c JOIN tree ON c.%2$s = tree.node)
			    SELECT node, depth FROM tree) d ON d.node = t.%3$s
			ORDER BY d.depth NULLS LAST, t.%3$s""";

	private TreeOrder() {
	}

	/** Debezium's settings ordering the snapshot of every captured self-referencing table by depth. */
	static Map<String, String> settings(Connection source, List<TableRoute> tables) throws SQLException {
		List<String> captured = tables.stream().map(TableRoute::sourceTable).toList();
		Map<String, String> selects = new LinkedHashMap<>();
		try (PreparedStatement statement = source.prepareStatement(SELF_REFERENCES); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				String table = rows.getString(1);
				if (captured.contains(table)) {
					selects.put(table, BY_DEPTH.formatted(SqlNames.table(table), SqlNames.column(rows.getString(2)),
							SqlNames.column(rows.getString(3))));
				}
			}
		}
		Map<String, String> settings = new LinkedHashMap<>();
		if (!selects.isEmpty()) {
			settings.put("snapshot.select.statement.overrides", String.join(",", selects.keySet()));
			selects.forEach((table, select) -> settings.put("snapshot.select.statement.overrides." + table, select));
		}
		return settings;
	}

}
