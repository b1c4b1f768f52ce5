package dev.stranglerfig.bridge.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * The columns a delete carries, per captured table: its replica identity (the primary key by default, an index, or
 * every column with {@code FULL}). The other columns of a delete's old row are not in the WAL, and Debezium fills
 * them with null or, for NOT NULL columns, an empty default ({@code ''}, 0): no value to delete by.
 */
final class ReplicaIdentities {

	private static final String COLUMNS = """
			SELECT a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
			WHERE c.oid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
			  AND (c.relreplident = 'f' OR EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND a.attnum = ANY (i.indkey)
			       AND ((c.relreplident = 'd' AND i.indisprimary) OR (c.relreplident = 'i' AND i.indisreplident))))""";

	private final Map<String, Set<String>> columns;

	private ReplicaIdentities(Map<String, Set<String>> columns) {
		this.columns = columns;
	}

	/** Read from the captured side when the stream opens: a replica identity changed later counts after a restart. */
	static ReplicaIdentities load(SyncStream stream) throws SQLException {
		Map<String, Set<String>> columns = new HashMap<>();
		try (Connection source = stream.source().connect(); PreparedStatement statement = source.prepareStatement(COLUMNS)) {
			for (TableRoute route : stream.tables()) {
				statement.setString(1, route.sourceTable());
				Set<String> identity = new HashSet<>();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						identity.add(rows.getString(1));
					}
				}
				columns.put(route.sourceTable(), identity);
			}
		}
		return new ReplicaIdentities(columns);
	}

	/** Whether deletes of {@code table} carry the value of {@code column}. */
	boolean carries(String table, String column) {
		return this.columns.getOrDefault(table, Set.of()).contains(column);
	}

}
