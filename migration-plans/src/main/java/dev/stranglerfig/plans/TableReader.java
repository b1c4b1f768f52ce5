package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Reads a plan's {@code data.tables}: which legacy table the bridge copies into which service table. */
final class TableReader {

	private static final Pattern TABLE = Pattern.compile("([a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*");

	private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");

	private final PlanSource source;

	private final List<Integer> legacyLines = new ArrayList<>();

	private final List<Integer> serviceLines = new ArrayList<>();

	TableReader(PlanSource source) {
		this.source = source;
	}

	List<TableMapping> data(JsonNode data) {
		if (data == null) {
			return List.of();
		}
		if (!data.isObject()) {
			this.source.problem("/data", "data is " + data + "; write a mapping with tables, e.g. data: { tables: [...] }");
			return List.of();
		}
		this.source.allowOnly("/data", data, List.of("tables"), "in data");
		JsonNode tables = data.get("tables");
		if (tables == null) {
			return List.of();
		}
		if (!tables.isArray()) {
			this.source.problem("/data/tables", "data.tables is " + tables + "; list one mapping per legacy table");
			return List.of();
		}
		List<TableMapping> mappings = new ArrayList<>();
		Map<String, Integer> firstLineByLegacy = new HashMap<>();
		Map<String, Integer> firstLineByService = new HashMap<>();
		for (int i = 0; i < tables.size(); i++) {
			String pointer = "/data/tables/" + i;
			TableMapping mapping = table(pointer, tables.get(i));
			if (mapping != null) {
				once(pointer + "/legacy", mapping.legacy(), firstLineByLegacy);
				once(pointer + "/service", mapping.service(), firstLineByService);
				mappings.add(mapping);
				this.legacyLines.add(this.source.line(pointer + "/legacy"));
				this.serviceLines.add(this.source.line(pointer + "/service"));
			}
		}
		return List.copyOf(mappings);
	}

	/** The line of each mapping's {@code legacy} table, in order, for the checks across plans. */
	List<Integer> legacyLines() {
		return this.legacyLines;
	}

	/** The line of each mapping's {@code service} table, in order. */
	List<Integer> serviceLines() {
		return this.serviceLines;
	}

	// Two mappings of one table would have the bridge copy its rows twice, each time with other columns.
	private void once(String pointer, String table, Map<String, Integer> firstLineByTable) {
		int line = this.source.line(pointer);
		Integer first = (table != null) ? firstLineByTable.putIfAbsent(table, line) : null;
		if (first != null) {
			this.source.problem(pointer, PlanSource.path(pointer) + ": " + table + " is mapped twice (first at line "
					+ first + "); one mapping per table, so merge the two");
		}
	}

	private TableMapping table(String pointer, JsonNode node) {
		String where = PlanSource.path(pointer);
		if (!node.isObject()) {
			this.source.problem(pointer, where + " is " + node + "; write a mapping with legacy, service, key and columns");
			return null;
		}
		this.source.allowOnly(pointer, node, List.of("legacy", "service", "key", "columns", "onInsert"), "in " + where);
		String legacy = tableName(pointer + "/legacy", node.get("legacy"), "public.app_user");
		String service = tableName(pointer + "/service", node.get("service"), "users.user_account");
		Map<String, ColumnTransform> transforms = new LinkedHashMap<>();
		Map<String, String> columns = columns(pointer + "/columns", node.get("columns"), transforms);
		List<String> key = new ArrayList<>();
		JsonNode keyNode = node.get("key");
		if (keyNode == null || !keyNode.isArray() || keyNode.isEmpty()) {
			this.source.problem(pointer + "/key", where + ".key is " + ((keyNode == null) ? "missing" : keyNode)
					+ "; list the legacy primary key columns, e.g. key: [id]");
		}
		for (int i = 0; keyNode != null && keyNode.isArray() && i < keyNode.size(); i++) {
			String column = this.source.text(pointer + "/key/" + i, keyNode.get(i), "name a legacy column");
			if (column != null && key.contains(column)) {
				this.source.problem(pointer + "/key/" + i, where + ".key names '" + column + "' twice; list each key column once");
				continue;
			}
			if (column != null && columns != null && !columns.containsKey(column)) {
				this.source.problem(pointer + "/key/" + i, where + ".key names '" + column
						+ "', which columns does not map; add " + column + ": <service column> to columns");
			}
			if (column != null) {
				key.add(column);
			}
		}
		InsertValues onInsert = onInsert(pointer + "/onInsert", node.get("onInsert"), (columns != null) ? columns : Map.of());
		return new TableMapping(legacy, service, List.copyOf(key),
				(columns != null) ? Collections.unmodifiableMap(columns) : Map.of(), Collections.unmodifiableMap(transforms),
				onInsert);
	}

	/** {@code onInsert: { legacy: { password_hash: "!disabled" }, service: { ... } }}: values for unmapped columns. */
	private InsertValues onInsert(String pointer, JsonNode node, Map<String, String> columns) {
		if (node == null) {
			return InsertValues.NONE;
		}
		if (!node.isObject()) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is " + node
					+ "; give per side the values of unmapped columns on insert, e.g. { legacy: { password_hash: \"!disabled\" } }");
			return InsertValues.NONE;
		}
		this.source.allowOnly(pointer, node, List.of("legacy", "service"), "in " + PlanSource.path(pointer));
		return new InsertValues(insertValues(pointer + "/legacy", node.get("legacy"), columns.keySet(), "legacy"),
				insertValues(pointer + "/service", node.get("service"), Set.copyOf(columns.values()), "service"));
	}

	private Map<String, String> insertValues(String pointer, JsonNode node, Set<String> mapped, String side) {
		String where = PlanSource.path(pointer);
		if (node == null) {
			return Map.of();
		}
		if (!node.isObject()) {
			this.source.problem(pointer, where + " is " + node + "; map " + side + " columns to values, e.g. { password_hash: \"!disabled\" }");
			return Map.of();
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (var entry : node.properties()) {
			String column = entry.getKey();
			JsonNode value = entry.getValue();
			String at = pointer + "/" + column;
			if (!COLUMN.matcher(column).matches()) {
				this.source.problem(at, where + ": '" + column + "' is not a column name; use lower-case letters, digits and underscores");
			}
			else if (mapped.contains(column)) {
				this.source.problem(at, where + "." + column + " is mapped in columns, so the bridge always writes it; "
						+ "remove it from onInsert." + side);
			}
			else if (!value.isString() && !value.isNumber() && !value.isBoolean()) {
				this.source.problem(at, where + "." + column + " is " + value
						+ "; give the value as a string, number or boolean, as the column's type reads it");
			}
			else {
				values.put(column, value.asString());
			}
		}
		return Collections.unmodifiableMap(values);
	}

	private String tableName(String pointer, JsonNode node, String example) {
		String fix = "name the table as schema.table, e.g. " + example;
		String name = this.source.text(pointer, node, fix);
		if (name != null && !TABLE.matcher(name).matches()) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is '" + name + "'; " + fix);
			return null;
		}
		return name;
	}

	private Map<String, String> columns(String pointer, JsonNode node, Map<String, ColumnTransform> transforms) {
		if (node == null || !node.isObject() || node.isEmpty()) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is " + ((node == null) ? "missing" : node)
					+ "; map each copied legacy column to its service column, e.g. { id: id, full_name: display_name }");
			return null;
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (var entry : node.properties()) {
			String at = pointer + "/" + entry.getKey();
			String target = entry.getValue().isObject() ? transformed(at, entry.getKey(), entry.getValue(), transforms)
					: this.source.text(at, entry.getValue(), "name the service column, or write { to: <service column>, "
							+ "transform: <" + ColumnTransform.names() + "> }");
			for (String column : new String[] { entry.getKey(), target }) {
				if (column != null && !COLUMN.matcher(column).matches()) {
					this.source.problem(at, PlanSource.path(pointer) + ": '" + column
							+ "' is not a column name; use lower-case letters, digits and underscores");
				}
			}
			String mappedAlready = (target != null) ? mappedTo(columns, target) : null;
			if (mappedAlready != null) {
				this.source.problem(at, PlanSource.path(pointer) + ": " + mappedAlready + " and " + entry.getKey()
						+ " both map to the service column '" + target + "'; map each service column from one legacy column");
			}
			else if (target != null) {
				columns.put(entry.getKey(), target);
			}
		}
		return columns;
	}

	/** The legacy column already mapped onto {@code serviceColumn}, or null. */
	private static String mappedTo(Map<String, String> columns, String serviceColumn) {
		return columns.entrySet().stream().filter(entry -> entry.getValue().equals(serviceColumn))
			.map(Map.Entry::getKey).findFirst().orElse(null);
	}

		/** A column written as {@code { to: price_minor, transform: minor-units }}: renamed and re-represented. */
	private String transformed(String pointer, String legacyColumn, JsonNode node, Map<String, ColumnTransform> transforms) {
		String where = PlanSource.path(pointer);
		this.source.allowOnly(pointer, node, List.of("to", "transform"), "in " + where);
		String target = this.source.text(pointer + "/to", node.get("to"), "name the service column");
		String name = this.source.text(pointer + "/transform", node.get("transform"),
				"name a transform: " + ColumnTransform.names());
		if (name != null) {
			ColumnTransform.of(name)
				.ifPresentOrElse(transform -> transforms.put(legacyColumn, transform),
						() -> this.source.problem(pointer + "/transform", where + ".transform is '" + name
								+ "'; use one of " + ColumnTransform.names()));
		}
		return target;
	}

}
