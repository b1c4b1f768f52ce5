package dev.stranglerfig.bridge.apply;

import java.util.Map;

import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.position.SourcePosition;

/**
 * One captured row change, its values already in JDBC form and named as in the source table.
 * @param row the after image for upserts, the before image (at least the key) for deletes; columns whose value
 * Debezium could not read (unchanged TOAST) are absent
 * @param sourceMillis when the change was committed in the source
 */
public record ChangeEvent(SourceRecord record, SourcePosition position, String sourceTable, boolean delete,
		Map<String, Object> row, long sourceMillis) {

	public String operation() {
		return this.delete ? "delete" : "upsert";
	}

}
