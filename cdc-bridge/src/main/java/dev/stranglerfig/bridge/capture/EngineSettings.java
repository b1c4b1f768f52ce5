package dev.stranglerfig.bridge.capture;

import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.DatabaseAddress;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * The Debezium configuration of a stream, in one place: the source connection, the slot and filtered publication
 * named after the stream, what is captured and in which form, the signal table for incremental snapshots, and where
 * the position is kept.
 */
final class EngineSettings {

	private EngineSettings() {
	}

	/**
	 * @param initialSnapshot copy the tables first; a stream started by a handover does not (both sides are equal at
	 * the flip, and its slot starts there)
	 */
	static Properties of(SyncStream stream, BridgeProperties properties, Properties offsetStorage, boolean initialSnapshot) {
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
		settings.setProperty("column.include.list", columnList(stream));
		settings.setProperty("snapshot.mode", initialSnapshot ? "initial" : "no_data");
		settings.setProperty("snapshot.include.collection.list", initialSnapshotList(stream, properties));
		settings.setProperty("signal.enabled.channels", "source");
		settings.setProperty("signal.data.collection", BridgeSchema.SIGNAL_TABLE);
		settings.setProperty("incremental.snapshot.chunk.size", Integer.toString(properties.getIncrementalChunkSize()));
		settings.setProperty("decimal.handling.mode", "string");
		settings.setProperty("time.precision.mode", "adaptive_time_microseconds");
		// interval as ISO-8601 text (P1Y2M3DT4H5M6.000007S), which PostgreSQL parses with years, months and days kept;
		// the default, microseconds in a long, counts a month as 30.4375 days.
		settings.setProperty("interval.handling.mode", "string");
		// timestamptz as text, without Debezium's parse-and-format round trip (see TimestampWithTimeZoneAsText); date and
		// timestamp as text too, so infinities, BC and years past 9999 reach the target as PostgreSQL reads them.
		settings.setProperty("converters", "timestamptz,datetime");
		settings.setProperty("timestamptz.type", TimestampWithTimeZoneAsText.class.getName());
		settings.setProperty("datetime.type", DateAndTimestampAsText.class.getName());
		settings.setProperty("tombstones.on.delete", "false");
		settings.setProperty("max.batch.size", Integer.toString(properties.getBatchSize()));
		settings.setProperty("max.queue.size", Integer.toString(properties.getBatchSize() * 4));
		// Debezium waits this long for a batch to fill before handing over a partial one (500 ms by default): at a
		// steady rate below the batch size that wait is most of the lag.
		settings.setProperty("poll.interval.ms", "50");
		// Debezium's lag quantiles (a sketch updated on every event, on its one decoding thread): the bridge measures
		// lag itself (bridge.apply.lag, bridge.slot.lag), which /actuator/prometheus serves; Debezium's are JMX only.
		settings.setProperty("statistics.metrics.enabled", "false");
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
		// The heartbeat table is in the publication so that heartbeats reach the bridge and move the slot on; the signal
		// table so that Debezium sees signals and its own chunk marks in the WAL.
		return pattern(Stream.concat(stream.tables().stream().map(TableRoute::sourceTable),
				Stream.of(BridgeSchema.HEARTBEAT_TABLE, BridgeSchema.SIGNAL_TABLE)));
	}

	/**
	 * Only the columns the plan maps are read and decoded: a legacy table's other columns (wide tables, data the
	 * service must not hold) never leave its database through the bridge. The bridge's own tables whole.
	 */
	private static String columnList(SyncStream stream) {
		Stream<String> mapped = stream.tables().stream().flatMap(route -> route.columns().keySet().stream()
			.map(column -> Pattern.quote(route.sourceTable() + "." + column)));
		Stream<String> bridgeTables = Stream.of(BridgeSchema.HEARTBEAT_TABLE, BridgeSchema.SIGNAL_TABLE)
			.map(table -> Pattern.quote(table + ".") + ".+");
		return Stream.concat(mapped, bridgeTables).collect(Collectors.joining(","));
	}

	/**
	 * The tables the initial snapshot copies: all but the incremental ones. Never empty, which would mean all: with
	 * every table incremental, the initial snapshot copies the heartbeat table only.
	 */
	private static String initialSnapshotList(SyncStream stream, BridgeProperties properties) {
		List<String> initial = stream.tables().stream().map(TableRoute::sourceTable)
			.filter(table -> !properties.getIncrementalTables().contains(table))
			.toList();
		return pattern(initial.isEmpty() ? Stream.of(BridgeSchema.HEARTBEAT_TABLE) : initial.stream());
	}

	private static String pattern(Stream<String> tables) {
		return tables.map(table -> table.replace(".", "\\.")).collect(Collectors.joining(","));
	}

}
