package dev.stranglerfig.bridge.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.sync.DatabaseAddress;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.plans.control.ControlSchema;

/**
 * Publishes how far a stream has applied its source into the control database ({@link ControlSchema#BRIDGE_PROGRESS}),
 * so the proxy can send a shopper's reads to the service as soon as the shopper's own write has been copied there,
 * rather than for a fixed time after it. Runs on a schedule on one connection it keeps; without the table (a proxy
 * older than it, or none) it does nothing and looks again now and then.
 */
public final class AppliedThroughPublisher implements Runnable, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AppliedThroughPublisher.class);

	private static final long LOOK_AGAIN_MILLIS = 10_000;

	private static final String UPSERT = "INSERT INTO " + ControlSchema.BRIDGE_PROGRESS
			+ " (context, direction, applied_through, updated_at) VALUES (?, ?, ?, now())"
			+ " ON CONFLICT (context, direction) DO UPDATE SET applied_through = GREATEST("
			+ ControlSchema.BRIDGE_PROGRESS + ".applied_through, EXCLUDED.applied_through), updated_at = now()";

	private final SyncStream stream;

	private final StreamMetrics metrics;

	private final DatabaseAddress control;

	private Connection connection;

	private long published;

	private long absentSince;

	public AppliedThroughPublisher(SyncStream stream, StreamMetrics metrics, DatabaseAddress control) {
		this.stream = stream;
		this.metrics = metrics;
		this.control = control;
	}

	@Override
	public synchronized void run() {
		long through = this.metrics.appliedThrough();
		if (through == 0 || through == this.published) {
			return;
		}
		if (this.absentSince != 0 && System.currentTimeMillis() - this.absentSince < LOOK_AGAIN_MILLIS) {
			return;
		}
		try {
			if (this.connection == null) {
				this.connection = this.control.connect();
				this.connection.setAutoCommit(true);
				if (!tablePresent()) {
					this.absentSince = System.currentTimeMillis();
					close();
					return;
				}
				this.absentSince = 0;
			}
			try (PreparedStatement upsert = this.connection.prepareStatement(UPSERT)) {
				upsert.setString(1, this.stream.context());
				upsert.setString(2, this.stream.direction().value());
				upsert.setTimestamp(3, new Timestamp(through));
				upsert.executeUpdate();
			}
			this.published = through;
		}
		catch (SQLException ex) {
			logger.debug("Progress of {} not published to {}: {}", this.stream.name(), this.control, ex.getMessage());
			close();
		}
	}

	private boolean tablePresent() throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			query.setString(1, ControlSchema.BRIDGE_PROGRESS);
			try (ResultSet row = query.executeQuery()) {
				return row.next() && row.getBoolean(1);
			}
		}
	}

	@Override
	public synchronized void close() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// Closing a connection that failed: nothing left to do with it.
			}
			this.connection = null;
		}
	}

}
