package dev.stranglerfig.bridge.position;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;

/**
 * Offsets and partitions as JSON, exactly as Debezium's engine serialises them for its offset store (schemaless
 * JSON), so what the bridge stores in the target can be handed back to the engine byte for byte.
 */
public final class PositionJson {

	private final JsonConverter keys = new JsonConverter();

	private final JsonConverter values = new JsonConverter();

	public PositionJson() {
		Map<String, String> config = Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "false");
		this.keys.configure(config, true);
		this.values.configure(config, false);
	}

	public String write(Map<String, ?> map) {
		return new String(this.values.fromConnectData("", null, map), StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> read(String json) {
		return (Map<String, Object>) this.values.toConnectData("", json.getBytes(StandardCharsets.UTF_8)).value();
	}

	/** The engine's key of a partition: {@code [engineName, partition]}. */
	byte[] engineKey(String engineName, Map<String, ?> partition) {
		return this.keys.fromConnectData(engineName, null, List.of(engineName, partition));
	}

	byte[] engineValue(String engineName, Map<String, ?> offset) {
		return this.values.fromConnectData(engineName, null, offset);
	}

}
