package dev.stranglerfig.bridge.handover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.SqlNames;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * A stream's replication slot and publication, made by the bridge itself when a handover starts capture on the new
 * owner: the slot then begins exactly at the flip, whenever the engine gets round to reading it.
 */
final class CaptureSlots {

	private CaptureSlots() {
	}

	/**
	 * Creates the stream's publication (unless it exists) and a fresh slot on its source, dropping a stale slot of the
	 * same name first, and forgets the stream's stored position in its target (it would point before the new slot).
	 */
	static void createAtCurrentPosition(SyncStream stream) throws SQLException {
		try (Connection source = stream.source().connect()) {
			source.setAutoCommit(true);
			BridgeSchema.createOnSource(source);
			if (!exists(source, "SELECT 1 FROM pg_publication WHERE pubname = ?", stream.name())) {
				String tables = Stream.concat(stream.tables().stream().map(TableRoute::sourceTable),
						Stream.of(BridgeSchema.HEARTBEAT_TABLE, BridgeSchema.SIGNAL_TABLE))
					.map(SqlNames::table)
					.collect(Collectors.joining(", "));
				try (Statement statement = source.createStatement()) {
					// The publication exists before the slot: pgoutput reads it as of each change's time.
					statement.execute("CREATE PUBLICATION " + SqlNames.column(stream.name()) + " FOR TABLE " + tables);
				}
			}
			drop(source, stream.name());
			try (PreparedStatement statement = source
				.prepareStatement("SELECT pg_create_logical_replication_slot(?, 'pgoutput')")) {
				statement.setString(1, stream.name());
				statement.execute();
			}
		}
		forgetPosition(stream);
	}

	/** Drops a stream's slot (its engine stopped) and its stored position, so neither holds anything any more. */
	static void dropSlot(SyncStream stream) throws SQLException {
		try (Connection source = stream.source().connect()) {
			source.setAutoCommit(true);
			drop(source, stream.name());
		}
		forgetPosition(stream);
	}

	private static void drop(Connection source, String slot) throws SQLException {
		// The engine that used it may take a moment to let go of it after stopping.
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (exists(source, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ? AND active", slot)
				&& System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SQLException("interrupted while waiting for slot " + slot + " to be released", ex);
			}
		}
		try (PreparedStatement statement = source.prepareStatement(
				"SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = ?")) {
			statement.setString(1, slot);
			statement.execute();
		}
	}

	private static void forgetPosition(SyncStream stream) throws SQLException {
		try (Connection target = stream.target().connect()) {
			target.setAutoCommit(true);
			BridgeSchema.createOnTarget(target);
			try (PreparedStatement statement = target
				.prepareStatement("DELETE FROM strangler_bridge.source_position WHERE stream_name = ?")) {
				statement.setString(1, stream.name());
				statement.execute();
			}
		}
	}

	private static boolean exists(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}
	}

}
