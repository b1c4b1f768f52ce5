package dev.stranglerfig.bridge.apply;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.stranglerfig.bridge.sync.ColumnRoute;
import dev.stranglerfig.bridge.sync.SqlNames;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * A table the bridge writes to: its column types, read once, and the statements that write it. Each parameter is
 * cast to the column's base type (no length or scale), so PostgreSQL parses the text of dates, times and decimals
 * itself and assignment to the column rejects a value too long or too precise instead of truncating it.
 * <p>
 * A run of changes of one shape whose keys are all different is written by one statement, each column's values as
 * one text array: PostgreSQL then starts one statement for the run instead of one per row, which measured half of
 * its time per row. A run never holds a key twice, so no change is merged into another and row triggers on the
 * target fire once per change, in order, as with a statement per row.
 */
final class TargetTable {

	/** The writable columns: name, base type, and whether an insert must give a value (NOT NULL, no default, no identity). */
	private static final String COLUMNS = """
			SELECT a.attname, format('%I.%I', n.nspname, t.typname), a.attnotnull AND NOT a.atthasdef AND a.attidentity = ''
			FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace n ON n.oid = t.typnamespace
			WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''""";

	private static final String UNIQUE_ON_KEY = """
			SELECT count(*) FROM pg_index i
			WHERE i.indrelid = to_regclass(?) AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
			  AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a
			       WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) = ?::text[]""";

	private final String name;

	private final List<String> key;

	private final Map<String, String> types;

	/** The plan's values for unmapped columns, written by the INSERT of an upsert and never by its UPDATE. */
	private final Map<String, String> insertValues;

	private final Map<List<String>, String> upserts = new HashMap<>();

	private final Map<List<String>, String> runUpserts = new HashMap<>();

	private String runDelete;

	private TargetTable(String name, List<String> key, Map<String, String> types, Map<String, String> insertValues) {
		this.name = name;
		this.key = key;
		this.types = types;
		this.insertValues = insertValues;
	}

	/**
	 * Reads the table's columns and checks the route against them; returns the problems in {@code problems}.
	 * @param side the side written to as the plan names it ({@code legacy} or {@code service}), for messages
	 */
	static TargetTable load(Connection connection, TableRoute route, String where, String side, List<String> problems)
			throws SQLException {
		Map<String, String> types = new HashMap<>();
		List<String> required = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
			statement.setString(1, route.targetTable());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					types.put(rows.getString(1), rows.getString(2));
					if (rows.getBoolean(3)) {
						required.add(rows.getString(1));
					}
				}
			}
		}
		if (types.isEmpty()) {
			problems.add(route.targetTable() + " does not exist in " + where + "; create it (the service's Flyway schema) "
					+ "before starting the bridge, or fix the table name in the plan");
			return null;
		}
		for (ColumnRoute column : route.columns().values()) {
			if (!types.containsKey(column.targetColumn())) {
				problems.add(route.targetTable() + " in " + where + " has no writable column " + column.targetColumn()
						+ " (mapped from " + route.sourceTable() + "." + column.sourceColumn() + "); fix the plan's columns");
			}
		}
		Set<String> written = route.columns().values().stream().map(ColumnRoute::targetColumn).collect(Collectors.toSet());
		String legacyTable = "legacy".equals(side) ? route.targetTable() : route.sourceTable();
		for (String column : route.insertValues().keySet()) {
			if (!types.containsKey(column)) {
				problems.add(route.targetTable() + " in " + where + " has no writable column " + column + " (onInsert." + side
						+ " of the mapping of " + legacyTable + "); fix the plan's onInsert");
			}
		}
		for (String column : required.stream().sorted().toList()) {
			if (!written.contains(column) && !route.insertValues().containsKey(column)) {
				problems.add(route.targetTable() + "." + column + " in " + where + " is NOT NULL without a default, and the plan "
						+ "neither maps it nor gives it a value, so every insert would be dead-lettered; add onInsert: { " + side
						+ ": { " + column + ": <value> } } to the mapping of " + legacyTable);
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(UNIQUE_ON_KEY)) {
			statement.setString(1, route.targetTable());
			statement.setArray(2, connection.createArrayOf("text", route.targetKey().stream().sorted().toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				if (rows.getInt(1) == 0) {
					problems.add(route.targetTable() + " in " + where + " has no primary key or unique constraint on "
							+ route.targetKey() + "; the bridge upserts by that key, so add one or key the plan's mapping on it");
				}
			}
		}
		return new TargetTable(route.targetTable(), route.targetKey(), types, route.insertValues());
	}

	String sql(RowChange change) {
		if (change.delete()) {
			return "DELETE FROM " + SqlNames.table(this.name) + " WHERE "
					+ this.key.stream().map(column -> SqlNames.column(column) + " = " + parameter(column)).collect(Collectors.joining(" AND "));
		}
		return this.upserts.computeIfAbsent(List.copyOf(change.values().keySet()), this::upsert);
	}

	void bind(PreparedStatement statement, RowChange change) throws SQLException {
		List<Object> values = change.delete() ? this.key.stream().map(change.values()::get).toList()
				: new ArrayList<>(change.values().values());
		if (!change.delete()) {
			values.addAll(this.insertValues.values());
		}
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) instanceof List<?> elements) {
				// An array as text elements: the parameter's cast to the column's array type parses each as its element type.
				String[] texts = elements.stream().map(TargetTable::text).toArray(String[]::new);
				statement.setArray(i + 1, statement.getConnection().createArrayOf("text", texts));
			}
			else {
				statement.setObject(i + 1, values.get(i));
			}
		}
	}

	/** Whether {@link #runSql} can write the change: all of its values have a text form PostgreSQL reads back unchanged. */
	static boolean fitsRun(RowChange change) {
		for (Object value : change.values().values()) {
			if (!(value == null || value instanceof String || value instanceof Long || value instanceof Integer
					|| value instanceof Short || value instanceof BigDecimal || value instanceof Boolean || value instanceof byte[])) {
				return false;
			}
		}
		return true;
	}

	/** The statement writing a run of changes shaped like {@code change}, bound by {@link #bindRun}. */
	String runSql(RowChange change) {
		if (change.delete()) {
			if (this.runDelete == null) {
				this.runDelete = "DELETE FROM " + SqlNames.table(this.name) + " AS t USING " + unnest(this.key) + " WHERE "
						+ columns(this.key, (column, i) -> "t." + SqlNames.column(column) + " = " + element(column, i), " AND ");
			}
			return this.runDelete;
		}
		return this.runUpserts.computeIfAbsent(List.copyOf(change.values().keySet()), this::runUpsert);
	}

	/** Binds a run: the plan's insert values first (they come first in the statement), then one array per column. */
	void bindRun(Connection connection, PreparedStatement statement, List<RowChange> run) throws SQLException {
		int parameter = 1;
		RowChange first = run.get(0);
		if (!first.delete()) {
			for (String value : this.insertValues.values()) {
				statement.setString(parameter++, value);
			}
		}
		for (String column : first.delete() ? this.key : first.values().keySet()) {
			String[] texts = new String[run.size()];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = text(run.get(i).values().get(column));
			}
			statement.setArray(parameter++, connection.createArrayOf("text", texts));
		}
	}

	private String runUpsert(List<String> columns) {
		List<String> inserted = new ArrayList<>(columns);
		inserted.addAll(this.insertValues.keySet());
		String names = inserted.stream().map(SqlNames::column).collect(Collectors.joining(", "));
		String selected = columns(columns, this::element, ", ") + this.insertValues.keySet().stream()
			.map(column -> ", " + parameter(column)).collect(Collectors.joining());
		return "INSERT INTO " + SqlNames.table(this.name) + " (" + names + ") SELECT " + selected + " FROM " + unnest(columns)
				+ " ORDER BY v.n" + onConflict(columns);
	}

	/** {@code unnest(...) WITH ORDINALITY AS v(c1, ..., n)}: the run's arrays as rows, numbered in the run's order. */
	private static String unnest(List<String> columns) {
		return "unnest(" + columns(columns, (column, i) -> "CAST(? AS text[])", ", ") + ") WITH ORDINALITY AS v("
				+ columns(columns, (column, i) -> "c" + i, ", ") + ", n)";
	}

	private String element(String column, int index) {
		return "CAST(v.c" + index + " AS " + this.types.get(column) + ")";
	}

	private static String columns(List<String> columns, BiFunction<String, Integer, String> each, String separator) {
		List<String> parts = new ArrayList<>(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			parts.add(each.apply(columns.get(i), i + 1));
		}
		return String.join(separator, parts);
	}

	/** PostgreSQL's text form of a value {@link #fitsRun} accepts, or of an array's element. */
	private static String text(Object value) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof byte[] bytes) {
			return "\\x" + HexFormat.of().formatHex(bytes);
		}
		return value.toString();
	}

	private String upsert(List<String> columns) {
		List<String> inserted = new ArrayList<>(columns);
		inserted.addAll(this.insertValues.keySet());
		String names = inserted.stream().map(SqlNames::column).collect(Collectors.joining(", "));
		String parameters = inserted.stream().map(this::parameter).collect(Collectors.joining(", "));
		return "INSERT INTO " + SqlNames.table(this.name) + " (" + names + ") VALUES (" + parameters + ")" + onConflict(columns);
	}

	private String onConflict(List<String> columns) {
		List<String> updated = columns.stream().filter(column -> !this.key.contains(column)).toList();
		return " ON CONFLICT (" + this.key.stream().map(SqlNames::column).collect(Collectors.joining(", ")) + ") "
				+ (updated.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updated.stream()
					.map(column -> SqlNames.column(column) + " = EXCLUDED." + SqlNames.column(column)).collect(Collectors.joining(", ")));
	}

	private String parameter(String column) {
		return "CAST(? AS " + this.types.get(column) + ")";
	}

}
