package dev.stranglerfig.bridge.snapshot;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkRowGuardTests {

	private static final String TOPIC = "strangler_catalog_l2s.public.product";

	private static final Schema KEY = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();

	private static final Schema SOURCE = SchemaBuilder.struct().field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA)
		.field("snapshot", Schema.OPTIONAL_STRING_SCHEMA).field("txId", Schema.OPTIONAL_INT64_SCHEMA).build();

	private static final Schema ENVELOPE = SchemaBuilder.struct().field("op", Schema.STRING_SCHEMA).field("source", SOURCE)
		.field("after", SchemaBuilder.struct().optional().field("id", Schema.STRING_SCHEMA).field("type", Schema.STRING_SCHEMA)
			.field("data", Schema.OPTIONAL_STRING_SCHEMA).build())
		.build();

	private final ChunkRowGuard guard = new ChunkRowGuard();

	@Test
	void aChunkRowIsDroppedWhenAChangeItsSelectCouldNotSeeWasStreamedBeforeItsOpenMark() {
		// Transaction 2062 committed just before the open mark, but was still running for the mark's snapshot.
		assertThat(this.guard.admits(streamedUpdate(13064, 2062))).isTrue();
		assertThat(this.guard.admits(streamedUpdate(9, 2050))).isTrue();
		assertThat(this.guard.admits(openMark("2050:2065:2062,2063"))).isTrue();

		assertThat(this.guard.admits(chunkRow(13064))).isFalse();
		assertThat(this.guard.admits(chunkRow(13065))).isTrue();
		assertThat(this.guard.admits(chunkRow(9))).as("a change of a transaction the snapshot saw").isTrue();
		assertThat(this.guard.remembered()).isEqualTo(1);
	}

	@Test
	void changesOfTransactionsStartedAfterTheMarkAreRememberedAndThoseItSawForgotten() {
		this.guard.admits(streamedUpdate(1, 100));
		this.guard.admits(streamedUpdate(2, 130));
		this.guard.admits(openMark("110:120:"));
		assertThat(this.guard.admits(chunkRow(1))).isTrue();
		assertThat(this.guard.admits(chunkRow(2))).isFalse();

		this.guard.admits(openMark("131:131:"));
		assertThat(this.guard.remembered()).isZero();
		assertThat(this.guard.admits(chunkRow(2))).isTrue();
	}

	@Test
	void nothingIsRememberedWhileNoIncrementalSnapshotRunsAndInitialSnapshotRowsAlwaysPass() {
		SourceRecord streamedWithoutSnapshot = record(Map.of("lsn", 1L), "u", "public", "product", null, 500L, 7);
		this.guard.admits(streamedWithoutSnapshot);
		assertThat(this.guard.remembered()).isZero();

		this.guard.admits(streamedUpdate(7, 500));
		assertThat(this.guard.admits(record(running(), "r", "public", "product", "true", null, 7))).isTrue();
		assertThat(this.guard.admits(chunkRow(7))).isFalse();
	}

	@Test
	void transactionIdsFromTheWalAreComparedAcrossAnEpochBoundary() {
		long epoch = 1L << 32;
		VisibleSnapshot snapshot = VisibleSnapshot.parse((epoch + 10) + ":" + (epoch + 20) + ":" + (epoch + 12));
		assertThat(snapshot.sees(11)).isTrue();
		assertThat(snapshot.sees(12)).isFalse();
		assertThat(snapshot.sees(20)).isFalse();
		assertThat(snapshot.sees(0xFFFF_FFF0L)).as("the previous epoch's last transactions").isTrue();
	}

	private static SourceRecord streamedUpdate(long id, long xid) {
		return record(running(), "u", "public", "product", null, xid, id);
	}

	private static SourceRecord chunkRow(long id) {
		return record(running(), "r", "public", "product", "incremental", null, id);
	}

	private static SourceRecord openMark(String snapshot) {
		Struct after = new Struct(ENVELOPE.field("after").schema()).put("id", "chunk-open").put("type", "snapshot-window-open")
			.put("data", "{\"openWindowTimestamp\": \"2026-11-24T02:16:53Z\", \"visibleSnapshot\": \"" + snapshot + "\"}");
		Struct source = new Struct(SOURCE).put("schema", "strangler_bridge").put("table", "debezium_signal").put("txId", 1L);
		Struct value = new Struct(ENVELOPE).put("op", "c").put("source", source).put("after", after);
		return new SourceRecord(Map.of(), running(), "strangler_catalog_l2s.strangler_bridge.debezium_signal", null, value.schema(), value);
	}

	private static SourceRecord record(Map<String, ?> offset, String op, String schema, String table, String snapshot, Long xid, long id) {
		Struct source = new Struct(SOURCE).put("schema", schema).put("table", table).put("snapshot", snapshot).put("txId", xid);
		Struct value = new Struct(ENVELOPE).put("op", op).put("source", source);
		return new SourceRecord(Map.of(), offset, TOPIC, null, KEY, new Struct(KEY).put("id", id), value.schema(), value);
	}

	private static Map<String, ?> running() {
		Map<String, Object> offset = new HashMap<>();
		offset.put("lsn", 1L);
		offset.put("incremental_snapshot_collections", "[{\"incremental_snapshot_collections_id\":\"public.product\"}]");
		return offset;
	}

}
