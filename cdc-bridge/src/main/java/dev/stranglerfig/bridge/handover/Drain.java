package dev.stranglerfig.bridge.handover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * Waits until a running stream has applied everything its source committed up to now: the source's
 * {@code pg_current_wal_lsn()} is read, a heartbeat is written after it (so a change past that point reaches the
 * stream even when nothing else is written), and the position stored in the target with the rows is polled until it
 * is past that point. Changes stream in commit order, so everything committed before is applied by then.
 */
final class Drain {

	private static final String APPLIED_LSN = """
			SELECT (source_offset->>'lsn')::bigint FROM strangler_bridge.source_position WHERE stream_name = ?""";

	private Drain() {
	}

	/** @return whether the stream caught up before the deadline */
	static boolean untilCurrent(SyncStream stream, Instant deadline) throws SQLException, InterruptedException {
		long current;
		try (Connection source = stream.source().connect(); Statement statement = source.createStatement()) {
			source.setAutoCommit(true);
			try (ResultSet rows = statement.executeQuery("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint")) {
				rows.next();
				current = rows.getLong(1);
			}
			statement.execute(BridgeSchema.heartbeatQuery(stream.name()));
		}
		try (Connection target = stream.target().connect();
				PreparedStatement statement = target.prepareStatement(APPLIED_LSN)) {
			target.setAutoCommit(true);
			statement.setString(1, stream.name());
			while (Instant.now().isBefore(deadline)) {
				try (ResultSet rows = statement.executeQuery()) {
					if (rows.next() && rows.getLong(1) >= current) {
						return true;
					}
				}
				Thread.sleep(10);
			}
			return false;
		}
	}

}
