package dev.stranglerfig.bridge.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bridge's own tables, in a {@code strangler_bridge} schema of each database it touches. Plain idempotent
 * DDL rather than Flyway: these tables live inside databases whose schemas other teams own with their own
 * Flyway histories, and a second history there buys nothing while the bridge's layout has one version. The day it
 * needs a second, this becomes a Flyway location with its history table in {@code strangler_bridge}.
 */
public final class BridgeSchema {

	private static final String SCHEMA = "CREATE SCHEMA IF NOT EXISTS strangler_bridge";

	private static final String SOURCE_POSITION = """
			CREATE TABLE IF NOT EXISTS strangler_bridge.source_position (
			    stream_name      text        PRIMARY KEY,
			    context          text        NOT NULL,
			    direction        text        NOT NULL,
			    source_partition jsonb       NOT NULL,
			    source_offset    jsonb       NOT NULL,
			    applied_at       timestamptz NOT NULL
			)""";

	private static final String DEAD_LETTER = """
			CREATE TABLE IF NOT EXISTS strangler_bridge.dead_letter (
			    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
			    context         text        NOT NULL,
			    direction       text        NOT NULL,
			    source_table    text        NOT NULL,
			    row_key         jsonb       NOT NULL,
			    operation       text        NOT NULL,
			    reason          text        NOT NULL,
			    raw_event       jsonb       NOT NULL,
			    source_position jsonb       NOT NULL,
			    recorded_at     timestamptz NOT NULL DEFAULT now()
			)""";

	/**
	 * With the Kafka transport: per topic partition, the next offset to apply and the source position of the last
	 * change applied from it (to drop changes the capture side published twice after a crash of its own).
	 */
	private static final String KAFKA_POSITION = """
			CREATE TABLE IF NOT EXISTS strangler_bridge.kafka_position (
			    stream_name     text        NOT NULL,
			    topic           text        NOT NULL,
			    kafka_partition integer     NOT NULL,
			    next_offset     bigint      NOT NULL,
			    source_offset   jsonb,
			    applied_at      timestamptz NOT NULL,
			    PRIMARY KEY (stream_name, topic, kafka_partition)
			)""";

	private static final String HEARTBEAT = """
			CREATE TABLE IF NOT EXISTS strangler_bridge.heartbeat (
			    stream_name text        PRIMARY KEY,
			    beat_at     timestamptz NOT NULL
			)""";

	/**
	 * Debezium's signal table on the captured side, in the layout Debezium requires: the bridge's {@code snapshot}
	 * command inserts {@code execute-snapshot} signals, and Debezium writes the open/close marks of each incremental
	 * snapshot chunk there. It is in the publication: Debezium reads signals and marks from the WAL.
	 */
	public static final String SIGNAL_TABLE = "strangler_bridge.debezium_signal";

	private static final String SIGNAL = """
			CREATE TABLE IF NOT EXISTS strangler_bridge.debezium_signal (
			    id   varchar(64) PRIMARY KEY,
			    type varchar(32) NOT NULL,
			    data text
			)""";

	/** Where an open mark's {@code data} holds the snapshot its trigger took ({@code ChunkRowGuard} reads it). */
	public static final String VISIBLE_SNAPSHOT = "visibleSnapshot";

	/**
	 * Each incremental snapshot chunk's open mark carries {@code pg_current_snapshot()}, taken before the mark commits
	 * and so before the chunk's select. Debezium writes the marks with three positional values and reads only id and
	 * type of an open mark; {@code data} became text so a long list of running transactions fits.
	 */
	private static final String[] OPEN_MARK_SNAPSHOT = { """
			DO $$ BEGIN
			    IF (SELECT data_type FROM information_schema.columns WHERE table_schema = 'strangler_bridge'
			            AND table_name = 'debezium_signal' AND column_name = 'data') <> 'text' THEN
			        ALTER TABLE strangler_bridge.debezium_signal ALTER COLUMN data TYPE text;
			    END IF;
			END $$""",
			"""
			CREATE OR REPLACE FUNCTION strangler_bridge.open_mark_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    IF NEW.type = 'snapshot-window-open' THEN
			        NEW.data := jsonb_set(COALESCE(NEW.data, '{}')::jsonb, '{%s}', to_jsonb(pg_current_snapshot()::text))::text;
			    END IF;
			    RETURN NEW;
			END $$""".formatted(VISIBLE_SNAPSHOT),
			"""
			CREATE OR REPLACE TRIGGER open_mark_snapshot BEFORE INSERT ON strangler_bridge.debezium_signal
			FOR EACH ROW EXECUTE FUNCTION strangler_bridge.open_mark_snapshot()""" };

	/** The table Debezium's heartbeat query writes on the source; it is in the publication so it moves the slot. */
	public static final String HEARTBEAT_TABLE = "strangler_bridge.heartbeat";

	private BridgeSchema() {
	}

	/** On the database a stream writes to: where it is (position) and what it could not write (dead letters). */
	public static void createOnTarget(Connection connection) throws SQLException {
		execute(connection, SCHEMA, SOURCE_POSITION, DEAD_LETTER, KAFKA_POSITION);
	}

	/** On the database a stream captures: the heartbeat and signal tables. */
	public static void createOnSource(Connection connection) throws SQLException {
		execute(connection, SCHEMA, HEARTBEAT, SIGNAL);
		execute(connection, OPEN_MARK_SNAPSHOT);
	}

	/** The statement Debezium runs on the source every heartbeat interval. */
	public static String heartbeatQuery(String streamName) {
		return "INSERT INTO " + HEARTBEAT_TABLE + " (stream_name, beat_at) VALUES ('" + streamName
				+ "', now()) ON CONFLICT (stream_name) DO UPDATE SET beat_at = EXCLUDED.beat_at";
	}

	private static void execute(Connection connection, String... statements) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

}
