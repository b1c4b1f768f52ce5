package dev.stranglerfig.bridge.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * Debezium snapshots tables in the order of {@code table.include.list}. A child row copied before its parent would
 * break the target's foreign key and be dead-lettered, so the tables are put in an order where every table comes
 * after the tables it references in the target; otherwise the plan's order is kept. (Rows of a table referencing
 * itself, such as a category tree, are put in order by {@link TreeOrder}.)
 */
final class SnapshotOrder {

	private static final String FOREIGN_KEYS = """
			SELECT cn.nspname || '.' || c.relname, pn.nspname || '.' || p.relname
			FROM pg_constraint k
			JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
			JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
			WHERE k.contype = 'f' AND k.conrelid <> k.confrelid""";

	private SnapshotOrder() {
	}

	static List<TableRoute> of(Connection target, List<TableRoute> tables) throws SQLException {
		Map<String, Set<String>> references = new HashMap<>();
		try (PreparedStatement statement = target.prepareStatement(FOREIGN_KEYS); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				references.computeIfAbsent(rows.getString(1), table -> new HashSet<>()).add(rows.getString(2));
			}
		}
		return parentsFirst(tables, references);
	}

	static List<TableRoute> parentsFirst(List<TableRoute> tables, Map<String, Set<String>> references) {
		Set<String> mapped = new HashSet<>();
		tables.forEach(table -> mapped.add(table.targetTable()));
		List<TableRoute> remaining = new ArrayList<>(tables);
		List<TableRoute> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		while (!remaining.isEmpty()) {
			TableRoute next = remaining.stream()
				.filter(table -> references.getOrDefault(table.targetTable(), Set.of()).stream()
					.allMatch(parent -> placed.contains(parent) || !mapped.contains(parent)))
				.findFirst()
				// A cycle of foreign keys: no order satisfies it; keep the plan's.
				.orElse(remaining.get(0));
			remaining.remove(next);
			ordered.add(next);
			placed.add(next.targetTable());
		}
		return ordered;
	}

}
