package dev.stranglerfig.bridge.kafka;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.bridge.position.SourcePosition;

import static org.assertj.core.api.Assertions.assertThat;

class EventCodecTests {

	private static final Schema KEY = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();

	private static final Schema SOURCE = SchemaBuilder.struct().field("schema", Schema.STRING_SCHEMA)
		.field("table", Schema.STRING_SCHEMA).field("lsn", Schema.OPTIONAL_INT64_SCHEMA)
		.field("txId", Schema.OPTIONAL_INT64_SCHEMA).field("sequence", Schema.OPTIONAL_STRING_SCHEMA)
		.field("snapshot", Schema.OPTIONAL_STRING_SCHEMA).build();

	private static final Schema VALUE = SchemaBuilder.struct().field("op", Schema.STRING_SCHEMA).field("source", SOURCE)
		.field("after", SchemaBuilder.struct().optional().field("id", Schema.INT64_SCHEMA).field("name", Schema.STRING_SCHEMA).build())
		.build();

	private final EventCodec codec = new EventCodec();

	@Test
	void aStreamedChangeComesBackWithItsRowAndThePositionThatOrdersIt() {
		SourceRecord decoded = roundTrip(change(7L, "Kettle", "[\"1000\",\"1080\"]", "false", 1080L));
		Struct after = ((Struct) decoded.value()).getStruct("after");
		assertThat(after.getInt64("id")).isEqualTo(7L);
		assertThat(after.getString("name")).isEqualTo("Kettle");
		assertThat(decoded.sourceOffset()).isEqualTo(Map.of("lsn", 1080L, "txId", 42L, "lsn_commit", 1000L));

		// The same change published again by a restarted capture is recognised as already applied.
		SourcePosition applied = EventCodec.position(decoded);
		assertThat(EventCodec.position(roundTrip(change(7L, "Kettle", "[\"1000\",\"1080\"]", "false", 1080L))).isAtOrBefore(applied))
			.isTrue();
		assertThat(EventCodec.position(roundTrip(change(7L, "Kettle", "[\"1200\",\"1090\"]", "false", 1090L))).isAtOrBefore(applied))
			.isFalse();
	}

	@Test
	void snapshotRowsAreNeverTakenForAlreadyApplied() {
		SourcePosition row = EventCodec.position(roundTrip(change(7L, "Kettle", "[null,\"900\"]", "incremental", 900L)));
		assertThat(row.snapshot()).isTrue();
		assertThat(row.isAtOrBefore(EventCodec.position(roundTrip(change(8L, "Pan", "[\"1000\",\"1080\"]", "false", 1080L)))))
			.isFalse();
	}

	private SourceRecord roundTrip(SourceRecord record) {
		return this.codec.decode(new ConsumerRecord<>("strangler.catalog.l2s.public.product", 1, 5L, this.codec.key(record),
				this.codec.value(record)));
	}

	private static SourceRecord change(long id, String name, String sequence, String snapshot, long lsn) {
		Struct source = new Struct(SOURCE).put("schema", "public").put("table", "product").put("lsn", lsn).put("txId", 42L)
			.put("sequence", sequence).put("snapshot", snapshot);
		Struct after = new Struct(VALUE.field("after").schema()).put("id", id).put("name", name);
		Struct value = new Struct(VALUE).put("op", "incremental".equals(snapshot) ? "r" : "u").put("source", source).put("after", after);
		return new SourceRecord(Map.of(), Map.of(), "strangler_catalog_l2s.public.product", null, KEY, new Struct(KEY).put("id", id),
				VALUE, value);
	}

}
