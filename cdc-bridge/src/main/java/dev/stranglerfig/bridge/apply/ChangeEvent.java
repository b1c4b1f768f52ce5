package dev.stranglerfig.bridge.apply;

import java.util.Map;

import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.position.SourcePosition;

/**
 * One captured row change, its values already in JDBC form and named as in the source table.
 * @param row the after image for upserts, the before image (at least the key) for deletes; columns whose value
 * Debezium could not read (unchanged TOAST) are absent
 * @param sourceMillis when the change was committed in the source
 * @param unreadable why a value of the change has no JDBC form (the column and the value), or null; such a change
 * is dead-lettered
 */
public record ChangeEvent(SourceRecord record, SourcePosition position, String sourceTable, boolean delete,
		Map<String, Object> row, long sourceMillis, String unreadable) {

	public String operation() {
		return this.delete ? "delete" : "upsert";
	}

}
