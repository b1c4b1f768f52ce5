package dev.stranglerfig.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL server with logical decoding on, however it was obtained.
 * Hands out databases; closing it drops what it created and stops what it started.
 */
public final class PostgresServer implements AutoCloseable {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final String kind;

	private final String host;

	private final int port;

	private final String user;

	private final String password;

	private final String adminDatabase;

	private final AutoCloseable stopper;

	private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

	PostgresServer(String kind, String host, int port, String user, String password, String adminDatabase,
			AutoCloseable stopper) {
		this.kind = kind;
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
		this.adminDatabase = adminDatabase;
		this.stopper = Objects.requireNonNull(stopper);
	}

	/** How this server was obtained: {@code external}, {@code testcontainers} or {@code embedded}. */
	public String kind() {
		return this.kind;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	/** Creates an empty database owned by this server's user; it is dropped when the server is closed. */
	public Database createDatabase(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Database name '" + name
					+ "' must be lower case letters, digits and underscores, starting with a letter, at most 63 long");
		}
		execute("CREATE DATABASE " + name);
		this.createdDatabases.add(name);
		return new Database(name, jdbcUrl(name), this.user, this.password);
	}

	/**
	 * Creates an empty database owned by a login role of its own, as an extracted service gets: its own
	 * database and credentials, nothing of anybody else's.
	 */
	public Database createDatabase(String name, String owner, String ownerPassword) {
		if (!DATABASE_NAME.matcher(owner).matches()) {
			throw new IllegalArgumentException("Role name '" + owner
					+ "' must be lower case letters, digits and underscores, starting with a letter, at most 63 long");
		}
		execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + ownerPassword.replace("'", "''") + "'");
		createDatabase(name);
		execute("ALTER DATABASE " + name + " OWNER TO " + owner);
		return new Database(name, jdbcUrl(name), owner, ownerPassword);
	}

	/** Drops a database made by {@link #createDatabase}, closing any session still connected to it. */
	public void dropDatabase(String name) {
		if (this.createdDatabases.remove(name)) {
			execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	/** The value of a server setting, e.g. {@code wal_level}. */
	public String setting(String name) {
		try (Connection connection = adminConnection(); var statement = connection.prepareStatement("SELECT current_setting(?)")) {
			statement.setString(1, name);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read setting " + name + " from " + describe(), ex);
		}
	}

	public String describe() {
		return this.kind + " PostgreSQL at " + this.host + ":" + this.port;
	}

	private void execute(String sql) {
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed on " + describe() + ": " + ex.getMessage(), ex);
		}
	}

	private Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(this.adminDatabase), this.user, this.password);
	}

	@Override
	public void close() throws Exception {
		for (String name : Set.copyOf(this.createdDatabases)) {
			try {
				dropDatabase(name);
			}
			catch (RuntimeException ex) {
				// A server already going down takes its databases with it; keep stopping.
			}
		}
		this.stopper.close();
	}

	/** A database on this server, and how to reach it. */
	public record Database(String name, String jdbcUrl, String user, String password) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
		}

	}

}
