package dev.stranglerfig.bridge.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.sync.BridgeSchema;

/**
 * Keeps an incremental snapshot chunk from overwriting a newer streamed change. Debezium's watermarks de-duplicate a
 * chunk against the changes committed between its open and close marks in the WAL, and assume that everything
 * committed before the open mark is visible to the chunk's select. PostgreSQL does not promise that: a transaction
 * writes its commit record before it becomes visible, so one whose commit record lies just before the open mark can
 * still be invisible to the select that follows. Its change is streamed (before the window, so not de-duplicated),
 * then the chunk's older copy of the row is emitted at the close mark and would overwrite it.
 * <p>
 * The bridge's trigger on the signal table writes {@code pg_current_snapshot()} into each open mark (taken before the
 * mark commits, so before the chunk's select: whatever it does not see, the select may not see either). This guard
 * watches the stream in order: it remembers the keys of streamed changes while an incremental snapshot runs; at an
 * open mark it forgets those of transactions the mark's snapshot sees; a chunk row whose key is still remembered is
 * dropped, since the change streamed for it is at least as new and everything after it streams too. One guard per
 * engine run; records must be shown to it in stream order, each once.
 */
public final class ChunkRowGuard {

	private static final String WINDOW_OPEN = "snapshot-window-open";

	private static final Pattern VISIBLE_SNAPSHOT = Pattern.compile("\"" + BridgeSchema.VISIBLE_SNAPSHOT + "\"\\s*:\\s*\"([0-9:,]*)\"");

	/** Debezium's offset key naming the tables of a running incremental snapshot. */
	private static final String SNAPSHOT_RUNNING = "incremental_snapshot_collections";

	private final Map<StreamedKey, Long> streamed = new HashMap<>();

	/** Whether the record goes on to the target; false only for a chunk row a streamed change has overtaken. */
	public boolean admits(SourceRecord record) {
		if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
			return true;
		}
		Struct source = value.getStruct("source");
		String op = value.getString("op");
		if ("r".equals(op)) {
			return !"incremental".equals(source.getString("snapshot"))
					|| !this.streamed.containsKey(StreamedKey.of(record));
		}
		if (BridgeSchema.SIGNAL_TABLE.equals(source.getString("schema") + "." + source.getString("table"))) {
			openMark(value.getStruct("after"));
		}
		else if (record.sourceOffset().containsKey(SNAPSHOT_RUNNING)) {
			Object transaction = source.get("txId");
			if (transaction instanceof Long xid) {
				this.streamed.put(StreamedKey.of(record), xid);
			}
		}
		else {
			this.streamed.clear();
		}
		return true;
	}

	private void openMark(Struct signal) {
		if (signal == null || !WINDOW_OPEN.equals(signal.getString("type")) || signal.getString("data") == null) {
			return;
		}
		Matcher snapshot = VISIBLE_SNAPSHOT.matcher(signal.getString("data"));
		if (snapshot.find()) {
			VisibleSnapshot mark = VisibleSnapshot.parse(snapshot.group(1));
			this.streamed.values().removeIf(mark::sees);
		}
	}

	/** How many keys are remembered: changes of transactions the last open mark's snapshot did not see, or later ones. */
	int remembered() {
		return this.streamed.size();
	}

	/** A row of a table, by the values of its key (chunk rows and streamed changes build equal key structs apart). */
	private record StreamedKey(String topic, List<Object> key) {

		static StreamedKey of(SourceRecord record) {
			List<Object> values = new ArrayList<>();
			if (record.key() instanceof Struct key) {
				for (Field field : key.schema().fields()) {
					values.add(key.get(field));
				}
			}
			return new StreamedKey(record.topic(), values);
		}

	}

}
