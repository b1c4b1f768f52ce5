package dev.stranglerfig.bridge.target;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.sync.DatabaseAddress;

/**
 * The one connection a stream writes to its target through, opened when first needed and opened again after it was
 * lost. Every transaction on it carries the stream's replication origin, so the capture on that database (which
 * runs with {@code origin=none}) never sends the bridge's own writes back the other way.
 */
public final class TargetSession implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TargetSession.class);

	private final DatabaseAddress address;

	private final List<String> origins;

	/** Another session holds the replication origin. */
	private static final String ORIGIN_IN_USE = "55006";

	private Connection connection;

	public TargetSession(DatabaseAddress address, String origin) {
		this(address, List.of(origin));
	}

	/**
	 * A session taking the first of {@code origins} no other session holds: appliers sharing a stream (Kafka consumers
	 * of one group) each need an origin of their own, since a replication origin is held by one session at a time.
	 */
	public TargetSession(DatabaseAddress address, List<String> origins) {
		this.address = address;
		this.origins = List.copyOf(origins);
	}

	public DatabaseAddress address() {
		return this.address;
	}

	/**
	 * The open connection (auto-commit off, under the replication origin), opening it if there is none or it was
	 * lost.
	 * @throws SQLException when the target cannot be reached or the origin cannot be taken
	 */
	public synchronized Connection connection() throws SQLException {
		if (this.connection != null && !this.connection.isClosed()) {
			return this.connection;
		}
		Connection opened = this.address.connect();
		try {
			opened.setAutoCommit(false);
			takeOrigin(opened);
			opened.commit();
		}
		catch (SQLException ex) {
			closeQuietly(opened);
			throw ex;
		}
		this.connection = opened;
		return opened;
	}

	/** Drops the connection after a failure, so the next {@link #connection()} starts afresh. */
	public synchronized void discard() {
		if (this.connection != null) {
			closeQuietly(this.connection);
			this.connection = null;
		}
	}

	@Override
	public void close() {
		discard();
	}

	private void takeOrigin(Connection opened) throws SQLException {
		SQLException held = null;
		for (String origin : this.origins) {
			try {
				takeOrigin(opened, origin);
				return;
			}
			catch (SQLException ex) {
				if (!ORIGIN_IN_USE.equals(ex.getSQLState())) {
					throw ex;
				}
				opened.rollback();
				held = ex;
			}
		}
		throw held;
	}

	private static void takeOrigin(Connection opened, String origin) throws SQLException {
		try (PreparedStatement create = opened.prepareStatement("SELECT pg_replication_origin_create(?) "
				+ "WHERE NOT EXISTS (SELECT 1 FROM pg_replication_origin WHERE roname = ?)")) {
			create.setString(1, origin);
			create.setString(2, origin);
			create.execute();
		}
		try (PreparedStatement setup = opened.prepareStatement("SELECT pg_replication_origin_session_setup(?)")) {
			setup.setString(1, origin);
			setup.execute();
		}
	}

	private void closeQuietly(Connection closing) {
		try {
			closing.close();
		}
		catch (SQLException ex) {
			logger.debug("Closing the connection to {} failed: {}", this.address, ex.getMessage());
		}
	}

}
