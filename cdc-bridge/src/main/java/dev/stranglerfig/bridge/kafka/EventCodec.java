package dev.stranglerfig.bridge.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.position.SourcePosition;

/**
 * Change events on the wire: Kafka Connect's {@code JsonConverter} with schemas, key and value, which is what the
 * Debezium Postgres connector writes on a Connect cluster with that converter. So the bridge's topics and a Connect
 * deployment's are read the same way, and the schema travels with each event (types, decimal strings, times).
 */
final class EventCodec {

	private final JsonConverter keys = new JsonConverter();

	private final JsonConverter values = new JsonConverter();

	EventCodec() {
		Map<String, String> config = Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "true");
		this.keys.configure(config, true);
		this.values.configure(config, false);
	}

	byte[] key(SourceRecord record) {
		return this.keys.fromConnectData(record.topic(), record.keySchema(), record.key());
	}

	byte[] value(SourceRecord record) {
		return this.values.fromConnectData(record.topic(), record.valueSchema(), record.value());
	}

	/** The event as the engine had it, with a source position rebuilt from the event's {@code source} block. */
	SourceRecord decode(ConsumerRecord<byte[], byte[]> record) {
		SchemaAndValue key = this.keys.toConnectData(record.topic(), record.key());
		SchemaAndValue value = this.values.toConnectData(record.topic(), record.value());
		Map<String, Object> offset = (value.value() instanceof Struct envelope && envelope.schema().field("source") != null)
				? offset(envelope.getStruct("source")) : Map.of();
		return new SourceRecord(Map.of("topic", record.topic(), "partition", record.partition()), offset, record.topic(),
				record.partition(), key.schema(), key.value(), value.schema(), value.value(), record.timestamp());
	}

	/**
	 * The fields of Debezium's offset that order changes ({@link SourcePosition}): {@code sequence} is
	 * {@code ["<commit LSN before>","<LSN>"]}; {@code snapshot} is {@code false} for streamed changes.
	 */
	private static Map<String, Object> offset(Struct source) {
		Map<String, Object> offset = new LinkedHashMap<>();
		Long lsn = source.getInt64("lsn");
		if (lsn != null) {
			offset.put("lsn", lsn);
		}
		Long txId = source.getInt64("txId");
		if (txId != null) {
			offset.put("txId", txId);
		}
		String sequence = source.getString("sequence");
		if (sequence != null) {
			String commit = sequence.replaceAll("[\\[\\]\"]", "").split(",")[0].trim();
			if (!commit.isEmpty() && !"null".equals(commit)) {
				offset.put("lsn_commit", Long.parseLong(commit));
			}
		}
		String snapshot = source.getString("snapshot");
		if (snapshot != null && !"false".equals(snapshot)) {
			offset.put("snapshot", snapshot);
		}
		return offset;
	}

	static SourcePosition position(SourceRecord decoded) {
		return new SourcePosition(decoded.sourcePartition(), decoded.sourceOffset());
	}

}
