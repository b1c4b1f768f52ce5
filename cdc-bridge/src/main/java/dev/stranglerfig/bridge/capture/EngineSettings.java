package dev.stranglerfig.bridge.capture;

import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.DatabaseAddress;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * The Debezium configuration of a stream, in one place: the source connection, the slot and filtered publication
 * named after the stream, what is captured and in which form, and where the position is kept. Incremental
 * snapshots (a signal table on the same source) will add their settings here.
 */
final class EngineSettings {

	private EngineSettings() {
	}

	static Properties of(SyncStream stream, BridgeProperties properties, Properties offsetStorage) {
		Properties settings = new Properties();
		settings.putAll(source(stream.source()));
		settings.setProperty("name", stream.name());
		settings.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
		settings.setProperty("topic.prefix", stream.name());
		settings.setProperty("plugin.name", "pgoutput");
		settings.setProperty("slot.name", stream.name());
		settings.setProperty("publication.name", stream.name());
		settings.setProperty("publication.autocreate.mode", "filtered");
		// Changes the bridge applied on this database carry its replication origin: never capture them back.
		settings.setProperty("slot.stream.params", "origin=none");
		settings.setProperty("table.include.list", includeList(stream));
		settings.setProperty("snapshot.mode", "initial");
		settings.setProperty("decimal.handling.mode", "string");
		settings.setProperty("time.precision.mode", "adaptive_time_microseconds");
		settings.setProperty("tombstones.on.delete", "false");
		settings.setProperty("max.batch.size", Integer.toString(properties.getBatchSize()));
		settings.setProperty("max.queue.size", Integer.toString(properties.getBatchSize() * 4));
		if (!properties.getHeartbeatInterval().isZero()) {
			settings.setProperty("heartbeat.interval.ms", Long.toString(properties.getHeartbeatInterval().toMillis()));
			settings.setProperty("heartbeat.action.query", BridgeSchema.heartbeatQuery(stream.name()));
		}
		settings.setProperty("offset.flush.interval.ms", "1000");
		settings.putAll(offsetStorage);
		return settings;
	}

	private static Properties source(DatabaseAddress source) {
		Properties settings = new Properties();
		settings.setProperty("database.hostname", source.host());
		settings.setProperty("database.port", Integer.toString(source.port()));
		settings.setProperty("database.user", source.user());
		settings.setProperty("database.password", source.password());
		settings.setProperty("database.dbname", source.database());
		return settings;
	}

	private static String includeList(SyncStream stream) {
		// The heartbeat table is in the publication so that heartbeats reach the bridge and move the slot on.
		return Stream.concat(stream.tables().stream().map(TableRoute::sourceTable), Stream.of(BridgeSchema.HEARTBEAT_TABLE))
			.map(table -> table.replace(".", "\\."))
			.collect(Collectors.joining(","));
	}

}
