package dev.stranglerfig.bridge.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.position.SourcePosition;

/**
 * Reads Debezium's change records: row changes come out as {@link ChangeEvent}s; tombstones, heartbeats and other
 * records without a row change come out empty (they still move the stream's position).
 */
public final class ChangeEventReader {

	private ChangeEventReader() {
	}

	/** A row read by a snapshot (initial or incremental) rather than a change streamed from the WAL. */
	static boolean snapshotRead(SourceRecord record) {
		return record.value() instanceof Struct value && value.schema().field("op") != null && "r".equals(value.getString("op"));
	}

	public static Optional<ChangeEvent> read(SourceRecord record, SourcePosition position) {
		if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
			return Optional.empty();
		}
		String op = value.getString("op");
		boolean delete = "d".equals(op);
		if (!delete && !"c".equals(op) && !"u".equals(op) && !"r".equals(op)) {
			return Optional.empty();
		}
		Struct source = value.getStruct("source");
		String table = source.getString("schema") + "." + source.getString("table");
		Struct image = value.getStruct(delete ? "before" : "after");
		Map<String, Object> row = new LinkedHashMap<>();
		List<String> unreadable = new ArrayList<>();
		if (image != null) {
			for (Field field : image.schema().fields()) {
				Object raw = image.get(field);
				if (!DebeziumValues.unavailable(raw)) {
					put(row, table, field, raw, unreadable);
				}
			}
		}
		if (delete && record.key() instanceof Struct key) {
			// The before image of a delete holds only the replica identity (other columns null); the record key holds the
			// primary key.
			for (Field field : key.schema().fields()) {
				if (row.get(field.name()) == null) {
					put(row, table, field, key.get(field), unreadable);
				}
			}
		}
		Long committed = source.getInt64("ts_ms");
		return Optional.of(new ChangeEvent(record, position, table, delete, row, (committed != null) ? committed : 0L,
				unreadable.isEmpty() ? null : String.join("; ", unreadable)));
	}

	/** A value without a JDBC form is left out and named in {@code unreadable}: one row is dead-lettered, the stream goes on. */
	private static void put(Map<String, Object> row, String table, Field field, Object raw, List<String> unreadable) {
		try {
			row.put(field.name(), DebeziumValues.toJdbc(field.schema(), raw));
		}
		catch (RuntimeException ex) {
			unreadable.add(table + "." + field.name() + " = " + raw + " (" + field.schema().name() + ") cannot be read: " + ex.getMessage());
		}
	}

}
