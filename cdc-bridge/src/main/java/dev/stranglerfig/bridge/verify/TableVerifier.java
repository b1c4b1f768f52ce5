package dev.stranglerfig.bridge.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.stranglerfig.bridge.sync.SqlNames;
import dev.stranglerfig.plans.ColumnTransform;
import dev.stranglerfig.plans.TableMapping;

/**
 * Compares one mapped table on both sides inside the databases: a row count and, per key range, a count and an
 * order-independent sum of row hashes. Only the ranges that differ are looked into, row hash by row hash, for a few
 * sample keys.
 */
final class TableVerifier {

	private static final int SAMPLE_KEYS = 5;

	private static final int RANGES_DRILLED = 3;

	private static final List<String> INTEGER_TYPES = List.of("smallint", "integer", "bigint");

	/** How long in-flight changes get to land before a differing range is read again. */
	static final Duration RECHECK_AFTER = Duration.ofSeconds(1);

	static final int RECHECKS = 2;

	/** More differing ranges than this are not changes in flight: they are reported without waiting. */
	static final int RANGES_RECHECKED = 20;

	/** The pause between two reads of differing ranges. */
	@FunctionalInterface
	interface Wait {

		void pause() throws SQLException;

	}

	private final Wait wait;

	TableVerifier() {
		this(() -> {
			try {
				Thread.sleep(RECHECK_AFTER.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SQLException("interrupted while waiting to read differing ranges again", ex);
			}
		});
	}

	TableVerifier(Wait wait) {
		this.wait = wait;
	}

	TableReport verify(Connection legacy, Connection service, TableMapping mapping) throws SQLException {
		TableSide legacySide = legacySide(mapping);
		TableSide serviceSide = serviceSide(mapping);
		boolean integerKey = integerKey(legacy, mapping);
		long[] legacyBounds = bounds(legacy, legacySide, integerKey);
		long[] serviceBounds = bounds(service, serviceSide, integerKey);
		KeyRanges ranges = KeyRanges.of(integerKey, Math.min(legacyBounds[1], serviceBounds[1]),
				Math.max(legacyBounds[2], serviceBounds[2]), Math.max(legacyBounds[0], serviceBounds[0]));
		Map<Long, String> legacySums = sums(legacy, legacySide, ranges);
		Map<Long, String> serviceSums = sums(service, serviceSide, ranges);
		TreeSet<Long> differing = new TreeSet<>();
		TreeSet<Long> all = new TreeSet<>(legacySums.keySet());
		all.addAll(serviceSums.keySet());
		for (Long range : all) {
			if (!Objects.equals(legacySums.get(range), serviceSums.get(range))) {
				differing.add(range);
			}
		}
		// The two databases are read one after the other while shoppers write: a row can differ only because its
		// change was in flight. Rows are read again, and a range is reported only if some row differs every time
		// (ranges as a whole are too coarse: a hot table changes somewhere in every range all the time).
		if (differing.size() <= RANGES_RECHECKED) {
			Map<Long, Set<String>> keys = new TreeMap<>();
			for (Long range : differing) {
				keys.put(range, differingKeys(legacy, service, legacySide, serviceSide, ranges, range));
			}
			for (int pass = 0; pass < RECHECKS && !keys.isEmpty(); pass++) {
				this.wait.pause();
				for (Iterator<Map.Entry<Long, Set<String>>> entries = keys.entrySet().iterator(); entries.hasNext();) {
					Map.Entry<Long, Set<String>> entry = entries.next();
					entry.getValue().retainAll(differingKeys(legacy, service, legacySide, serviceSide, ranges, entry.getKey()));
					if (entry.getValue().isEmpty()) {
						entries.remove();
					}
				}
			}
			differing.retainAll(keys.keySet());
		}
		List<String> samples = new ArrayList<>();
		for (Long range : differing.stream().limit(RANGES_DRILLED).toList()) {
			samples.addAll(sampleKeys(rows(legacy, legacySide, ranges, range), rows(service, serviceSide, ranges, range),
					SAMPLE_KEYS - samples.size()));
		}
		String keyName = String.join(",", mapping.key());
		return new TableReport(mapping.legacy(), mapping.service(), legacyBounds[0], serviceBounds[0], ranges.count(),
				differing.stream().map(range -> ranges.describe(keyName, range)).toList(), samples);
	}

	private static TableSide legacySide(TableMapping mapping) {
		List<String> values = mapping.columns().keySet().stream().sorted((a, b) -> mapping.columns().get(a).compareTo(mapping.columns().get(b)))
			.map(column -> {
				ColumnTransform transform = mapping.transforms().get(column);
				return (transform != null) ? transform.legacyToServiceSql(SqlNames.column(column)) : SqlNames.column(column);
			})
			.toList();
		return new TableSide(SqlNames.table(mapping.legacy()), mapping.key().stream().map(SqlNames::column).toList(), values);
	}

	private static TableSide serviceSide(TableMapping mapping) {
		List<String> values = mapping.columns().values().stream().sorted().map(SqlNames::column).toList();
		return new TableSide(SqlNames.table(mapping.service()),
				mapping.key().stream().map(column -> SqlNames.column(mapping.columns().get(column))).toList(), values);
	}

	private static boolean integerKey(Connection legacy, TableMapping mapping) throws SQLException {
		try (PreparedStatement statement = legacy.prepareStatement(
				"SELECT format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?")) {
			statement.setString(1, mapping.legacy());
			statement.setString(2, mapping.key().get(0));
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					throw new SQLException(mapping.legacy() + " or its key column " + mapping.key().get(0)
							+ " does not exist in the legacy database; fix the plan or the database");
				}
				return INTEGER_TYPES.contains(row.getString(1));
			}
		}
	}

	/** count, min and max of the first key (0 and 0 when it is not an integer or the table is empty). */
	private static long[] bounds(Connection connection, TableSide side, boolean integerKey) throws SQLException {
		String bounds = integerKey ? "coalesce(min(" + side.firstKey() + "), 0), coalesce(max(" + side.firstKey() + "), 0)" : "0, 0";
		try (PreparedStatement statement = connection.prepareStatement("SELECT count(*), " + bounds + " FROM " + side.table());
				ResultSet row = statement.executeQuery()) {
			row.next();
			return new long[] { row.getLong(1), row.getLong(2), row.getLong(3) };
		}
	}

	private static Map<Long, String> sums(Connection connection, TableSide side, KeyRanges ranges) throws SQLException {
		String sql = "SELECT " + ranges.rangeOf(side.firstKey()) + " AS key_range, count(*), sum(" + side.rowHash() + ") FROM "
				+ side.table() + " GROUP BY 1";
		Map<Long, String> sums = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				sums.put(rows.getLong(1), rows.getLong(2) + ":" + rows.getBigDecimal(3));
			}
		}
		return sums;
	}

	private static Set<String> differingKeys(Connection legacy, Connection service, TableSide legacySide,
			TableSide serviceSide, KeyRanges ranges, long range) throws SQLException {
		Map<String, String> legacyRows = rows(legacy, legacySide, ranges, range);
		Map<String, String> serviceRows = rows(service, serviceSide, ranges, range);
		Set<String> keys = new HashSet<>(legacyRows.keySet());
		keys.addAll(serviceRows.keySet());
		keys.removeIf(key -> Objects.equals(legacyRows.get(key), serviceRows.get(key)));
		return keys;
	}

	/** Key text to row MD5 of the rows in one range: at most {@link KeyRanges#ROWS_PER_RANGE}-ish rows. */
	private static Map<String, String> rows(Connection connection, TableSide side, KeyRanges ranges, long range) throws SQLException {
		String sql = "SELECT " + side.keyText() + ", md5(" + side.rowText() + ") FROM " + side.table() + " WHERE "
				+ ranges.rangeOf(side.firstKey()) + " = ?";
		Map<String, String> rows = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, range);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.put(result.getString(1), result.getString(2));
				}
			}
		}
		return rows;
	}

	private static List<String> sampleKeys(Map<String, String> legacy, Map<String, String> service, int limit) {
		TreeSet<String> keys = new TreeSet<>(legacy.keySet());
		keys.addAll(service.keySet());
		List<String> samples = new ArrayList<>();
		for (String key : keys) {
			if (samples.size() >= limit) {
				break;
			}
			String legacyHash = legacy.get(key);
			String serviceHash = service.get(key);
			if (serviceHash == null) {
				samples.add("key " + key + ": missing in the service");
			}
			else if (legacyHash == null) {
				samples.add("key " + key + ": only in the service");
			}
			else if (!legacyHash.equals(serviceHash)) {
				samples.add("key " + key + ": values differ");
			}
		}
		return samples;
	}

}
