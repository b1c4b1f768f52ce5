package dev.stranglerfig.bridge.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.sync.SyncStream;

/** Reads how much WAL a stream's slot holds on the source, for {@code bridge_slot_lag_bytes}; run on a schedule. */
public final class SlotLagProbe implements Runnable {

	private static final Logger logger = LoggerFactory.getLogger(SlotLagProbe.class);

	private static final String LAG = """
			SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint
			FROM pg_replication_slots WHERE slot_name = ?""";

	private final SyncStream stream;

	private final StreamMetrics metrics;

	public SlotLagProbe(SyncStream stream, StreamMetrics metrics) {
		this.stream = stream;
		this.metrics = metrics;
	}

	@Override
	public void run() {
		try (Connection connection = this.stream.source().connect();
				PreparedStatement statement = connection.prepareStatement(LAG)) {
			statement.setString(1, this.stream.name());
			try (ResultSet row = statement.executeQuery()) {
				if (row.next()) {
					this.metrics.slotLag(row.getLong(1));
				}
			}
		}
		catch (SQLException ex) {
			logger.debug("Slot lag of {} unreadable: {}", this.stream.name(), ex.getMessage());
		}
	}

}
