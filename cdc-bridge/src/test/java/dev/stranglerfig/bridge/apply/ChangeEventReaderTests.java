package dev.stranglerfig.bridge.apply;

import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.bridge.position.SourcePosition;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeEventReaderTests {

	private static final Schema KEY = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();

	private static final Schema SOURCE = SchemaBuilder.struct().field("schema", Schema.STRING_SCHEMA)
		.field("table", Schema.STRING_SCHEMA).field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA).build();

	private static final Schema SLOT = SchemaBuilder.struct().optional().field("id", Schema.INT64_SCHEMA)
		.field("opens", SchemaBuilder.int64().optional().name("io.debezium.time.MicroTime").build()).build();

	private static final Schema VALUE = SchemaBuilder.struct().field("op", Schema.STRING_SCHEMA).field("source", SOURCE)
		.field("after", SLOT).build();

	@Test
	void aTimeOfDayAtMidnightsEndIsReadAsPostgresqlWritesIt() {
		ChangeEvent event = ChangeEventReader.read(slotOpeningAt(86_400_000_000L), position()).orElseThrow();
		assertThat(event.unreadable()).isNull();
		assertThat(event.row()).containsEntry("opens", "24:00:00");
	}

	/** A topic can carry what PostgreSQL never sends: the change is marked for the dead letters instead of stopping the stream. */
	@Test
	void aValueWithoutAJdbcFormNamesTheColumnAndTheValue() {
		ChangeEvent event = ChangeEventReader.read(slotOpeningAt(90_000_000_000L), position()).orElseThrow();
		assertThat(event.unreadable()).contains("public.delivery_slot.opens = 90000000000 (io.debezium.time.MicroTime) cannot be read");
		assertThat(event.row()).containsOnlyKeys("id");
	}

	private static SourceRecord slotOpeningAt(long microsOfDay) {
		Struct source = new Struct(SOURCE).put("schema", "public").put("table", "delivery_slot").put("ts_ms", 1L);
		Struct value = new Struct(VALUE).put("op", "c").put("source", source)
			.put("after", new Struct(SLOT).put("id", 7L).put("opens", microsOfDay));
		return new SourceRecord(Map.of(), Map.of(), "strangler_delivery_l2s.public.delivery_slot", null, KEY,
				new Struct(KEY).put("id", 7L), VALUE, value);
	}

	private static SourcePosition position() {
		return new SourcePosition(Map.of(), Map.of("lsn", 100L));
	}

}
