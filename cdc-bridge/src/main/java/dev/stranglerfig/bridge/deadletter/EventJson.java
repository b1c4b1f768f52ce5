package dev.stranglerfig.bridge.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.source.SourceRecord;

/** Change events and keys as JSON for the dead-letter table: the event as Debezium would publish it, without schema. */
public final class EventJson {

	private final JsonConverter converter = new JsonConverter();

	public EventJson() {
		this.converter.configure(Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "false"), false);
	}

	public String event(SourceRecord record) {
		return json(this.converter.fromConnectData(record.topic(), record.valueSchema(), record.value()));
	}

	public String map(Map<String, ?> values) {
		return json(this.converter.fromConnectData("", null, values));
	}

	private static String json(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : "null";
	}

}
