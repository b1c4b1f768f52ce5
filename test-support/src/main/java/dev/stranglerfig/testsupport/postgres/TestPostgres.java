package dev.stranglerfig.testsupport.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL every test in a JVM uses, chosen once:
 * <ol>
 * <li>{@value #URL_ENV} set: that external server (it must have {@code wal_level=logical});</li>
 * <li>a Docker engine available: a Testcontainers {@code postgres:17};</li>
 * <li>otherwise the embedded PostgreSQL 17.</li>
 * </ol>
 * {@value #MODE_ENV} ({@code external}, {@code testcontainers}, {@code embedded}) forces a choice.
 * Each test class takes a fresh database from {@link #newDatabase(String)}, so tests never see each other's rows.
 */
public final class TestPostgres {

	public static final String URL_ENV = "STRANGLER_TEST_PG_URL";

	public static final String MODE_ENV = "STRANGLER_TEST_PG_MODE";

	private static final Logger logger = LoggerFactory.getLogger(TestPostgres.class);

	private static final AtomicInteger sequence = new AtomicInteger();

	private static volatile PostgresServer server;

	private TestPostgres() {
	}

	public static PostgresServer server() {
		PostgresServer current = server;
		if (current == null) {
			synchronized (TestPostgres.class) {
				current = server;
				if (current == null) {
					current = start();
					requireLogicalDecoding(current);
					logger.info("Tests use {}", current.describe());
					PostgresServer started = current;
					Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "test-postgres-stop"));
					server = current;
				}
			}
		}
		return current;
	}

	/** A new, empty database named after {@code prefix}, unique within this run. */
	public static PostgresServer.Database newDatabase(String prefix) {
		String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + ProcessHandle.current().pid()
				+ "_" + sequence.incrementAndGet();
		return server().createDatabase(name.length() > 63 ? name.substring(name.length() - 63) : name);
	}

	private static PostgresServer start() {
		String url = System.getenv(URL_ENV);
		String mode = System.getenv(MODE_ENV);
		if (mode == null || mode.isBlank()) {
			mode = (url != null && !url.isBlank()) ? "external" : dockerAvailable() ? "testcontainers" : "embedded";
		}
		return switch (mode) {
			case "external" -> external(url);
			case "testcontainers" -> testcontainers();
			case "embedded" -> EmbeddedPostgresServer.start(0, null);
			default -> throw new IllegalStateException(
					MODE_ENV + "=" + mode + " is not a mode; use external, testcontainers or embedded");
		};
	}

	private static boolean dockerAvailable() {
		// Asking Testcontainers on a machine without any Docker logs a page of errors; skip the obvious case.
		boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
				|| Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (!dockerConfigured) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static PostgresServer testcontainers() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
			.withCommand("postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=32", "-c",
					"max_wal_senders=32", "-c", "max_connections=400");
		container.start();
		return new PostgresServer("testcontainers", container.getHost(), container.getMappedPort(5432),
				container.getUsername(), container.getPassword(), container.getDatabaseName(), container::stop);
	}

	/**
	 * Accepts {@code postgresql://user:password@host:port/database} or
	 * {@code jdbc:postgresql://host:port/database?user=...&password=...}.
	 */
	static PostgresServer external(String url) {
		if (url == null || url.isBlank()) {
			throw new IllegalStateException(MODE_ENV + "=external needs " + URL_ENV
					+ ", e.g. postgresql://postgres:secret@localhost:5432/postgres");
		}
		URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
		if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
			throw new IllegalStateException(URL_ENV + " must be a postgresql:// or jdbc:postgresql:// URL, not " + url);
		}
		Map<String, String> query = parseQuery(uri.getRawQuery());
		String user = query.get("user");
		String password = query.getOrDefault("password", "");
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			user = decode(parts[0]);
			password = (parts.length > 1) ? decode(parts[1]) : "";
		}
		String database = (uri.getPath() == null || uri.getPath().length() <= 1) ? "postgres" : uri.getPath().substring(1);
		return new PostgresServer("external", uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432,
				(user != null) ? user : "postgres", password, database, () -> {
				});
	}

	private static Map<String, String> parseQuery(String rawQuery) {
		Map<String, String> values = new HashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				String[] kv = pair.split("=", 2);
				values.put(decode(kv[0]), (kv.length > 1) ? decode(kv[1]) : "");
			}
		}
		return values;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static void requireLogicalDecoding(PostgresServer candidate) {
		String walLevel = candidate.setting("wal_level");
		if (!"logical".equals(walLevel)) {
			closeQuietly(candidate);
			throw new IllegalStateException(candidate.describe() + " runs with wal_level=" + walLevel
					+ "; the toolkit's tests need logical decoding: ALTER SYSTEM SET wal_level = logical, then restart it");
		}
	}

	private static void closeQuietly(PostgresServer candidate) {
		try {
			candidate.close();
		}
		catch (Exception ex) {
			logger.warn("Stopping {} failed: {}", candidate.describe(), ex.getMessage());
		}
	}

}
