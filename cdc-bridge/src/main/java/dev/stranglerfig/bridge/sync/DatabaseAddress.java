package dev.stranglerfig.bridge.sync;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One PostgreSQL database and the credentials the bridge uses on it. */
public record DatabaseAddress(String url, String user, String password) {

	public DatabaseAddress {
		if (url == null || !url.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("'" + url + "' is not a PostgreSQL JDBC URL; write jdbc:postgresql://host:port/database");
		}
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	public String host() {
		return uri().getHost();
	}

	public int port() {
		int port = uri().getPort();
		return (port > 0) ? port : 5432;
	}

	public String database() {
		String path = uri().getPath();
		if (path == null || path.length() <= 1) {
			throw new IllegalArgumentException(this.url + " names no database; write jdbc:postgresql://host:port/database");
		}
		return path.substring(1);
	}

	private URI uri() {
		return URI.create(this.url.substring("jdbc:".length()));
	}

	@Override
	public String toString() {
		return this.user + "@" + this.url;
	}

}
