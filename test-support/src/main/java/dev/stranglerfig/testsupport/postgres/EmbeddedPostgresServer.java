package dev.stranglerfig.testsupport.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the PostgreSQL 17 binaries shipped as a Maven artifact (zonky), configured for logical decoding,
 * so the toolkit runs with nothing installed but a JDK.
 */
public final class EmbeddedPostgresServer {

	private EmbeddedPostgresServer() {
	}

	/**
	 * Runs a server until the process is stopped, for scripts (benchmarks, local development):
	 * {@code EmbeddedPostgresServer <port> [database ...]} prints {@code READY} once the databases exist.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: EmbeddedPostgresServer <port> [database ...]");
			System.exit(2);
		}
		PostgresServer server = start(Integer.parseInt(args[0]), null);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			}
			catch (Exception ex) {
				System.err.println("PostgreSQL did not stop cleanly: " + ex.getMessage());
			}
		}));
		for (int i = 1; i < args.length; i++) {
			server.createDatabase(args[i]);
		}
		System.out.println("READY " + server.jdbcUrl("postgres"));
		Thread.currentThread().join();
	}

	/**
	 * @param port the port to listen on, or 0 for any free port
	 * @param dataDirectory where the cluster lives, or {@code null} for a temporary directory removed on close
	 */
	public static PostgresServer start(int port, Path dataDirectory) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("wal_level", "logical")
			.setServerConfig("max_replication_slots", "32")
			.setServerConfig("max_wal_senders", "32")
			.setServerConfig("max_connections", "400")
			// zonky trades durability for speed; commits must be durable for CDC tests to mean anything.
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			// Whoever starts it stops it, after the applications using it (the sandbox stops its processes first);
			// zonky's own hook would stop it at once on Ctrl-C, under applications still shutting down.
			.setRegisterShutdownHook(false);
		if (port > 0) {
			builder.setPort(port);
		}
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		try {
			EmbeddedPostgres postgres = builder.start();
			return new PostgresServer("embedded", "localhost", postgres.getPort(), "postgres", "postgres", "postgres",
					postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start (as root it needs util-linux 'unshare' "
					+ "and a 'nobody' user): " + ex.getMessage(), ex);
		}
	}

}
