package dev.stranglerfig.bridge.apply;

import java.util.LinkedHashMap;
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
		if (image != null) {
			for (Field field : image.schema().fields()) {
				Object raw = image.get(field);
				if (!DebeziumValues.unavailable(raw)) {
					row.put(field.name(), DebeziumValues.toJdbc(field.schema(), raw));
				}
			}
		}
		if (delete && record.key() instanceof Struct key) {
			// The before image of a delete holds only the replica identity; the record key holds the primary key.
			for (Field field : key.schema().fields()) {
				row.putIfAbsent(field.name(), DebeziumValues.toJdbc(field.schema(), key.get(field)));
			}
		}
		Long committed = source.getInt64("ts_ms");
		return Optional.of(new ChangeEvent(record, position, table, delete, row, (committed != null) ? committed : 0L));
	}

}
