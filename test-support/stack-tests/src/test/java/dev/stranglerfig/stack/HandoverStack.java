package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;

import static org.awaitility.Awaitility.await;

/**
 * The stack a handover needs, every part a process of its own from the jars this build packaged: the seeded monolith,
 * users-service, the CDC bridge following the control database, and two proxy replicas on that control database, the
 * users plan pointing at the service.
 */
final class HandoverStack implements AutoCloseable {

	static final String TOKEN = "handover-token";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final PostgresServer.Database legacyDb = TestPostgres.newDatabase("handover_legacy");

	final PostgresServer.Database serviceDb = TestPostgres.newDatabase("handover_users");

	final PostgresServer.Database controlDb = TestPostgres.newDatabase("handover_control");

	final Path plans;

	final Path logs;

	final App legacy;

	final App service;

	final App bridge;

	final List<App> proxies = new ArrayList<>();

	HandoverStack(Path temp) throws Exception {
		this.logs = temp;
		this.legacy = App.start("legacy-monolith", temp, "legacy-monolith/target/legacy-monolith.jar", this.legacyDb,
				"--legacy.seed.enabled=true", "--legacy.seed.users=40", "--legacy.seed.products=50",
				"--legacy.seed.orders=10", "--legacy.seed.reviews=10", "--legacy.seed.page-views=10");
		this.service = App.start("users-service", temp, "extracted-services/users-service/target/users-service.jar",
				this.serviceDb, "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
		this.plans = Files.createDirectories(temp.resolve("plans"));
		Files.writeString(this.plans.resolve("users.yaml"), Files.readString(Path.of("../../migration-plans/plans/users.yaml"))
			.replace("http://localhost:8101", "http://127.0.0.1:" + this.service.port));
		for (String name : List.of("proxy-a", "proxy-b")) {
			int admin = freePort();
			this.proxies.add(App.start(name, temp, "strangler-proxy/target/strangler-proxy.jar", this.controlDb,
					"--strangler.proxy.admin-port=" + admin, "--strangler.proxy.admin-token=" + TOKEN,
					"--strangler.proxy.legacy-url=http://127.0.0.1:" + this.legacy.port,
					"--strangler.proxy.plans-dir=" + this.plans).withAdmin(admin));
		}
		this.bridge = startBridge();
	}

	App startBridge() throws IOException {
		return App.start("cdc-bridge", this.logs, "cdc-bridge/target/cdc-bridge.jar", null, bridgeArguments("--"));
	}

	/** The bridge's settings, as command line arguments with {@code prefix} ({@code --}). */
	String[] bridgeArguments(String prefix) {
		return new String[] { prefix + "bridge.plans-dir=" + this.plans, prefix + "bridge.contexts=users",
				prefix + "bridge.legacy.url=" + this.legacyDb.jdbcUrl(), prefix + "bridge.legacy.user=" + this.legacyDb.user(),
				prefix + "bridge.legacy.password=" + this.legacyDb.password(),
				prefix + "bridge.services.users.url=" + this.serviceDb.jdbcUrl(),
				prefix + "bridge.services.users.user=" + this.serviceDb.user(),
				prefix + "bridge.services.users.password=" + this.serviceDb.password(),
				prefix + "bridge.control.url=" + this.controlDb.jdbcUrl(), prefix + "bridge.control.user=" + this.controlDb.user(),
				prefix + "bridge.control.password=" + this.controlDb.password(), prefix + "bridge.heartbeat-interval=1s" };
	}

	static long queryLong(PostgresServer.Database database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	static String queryString(PostgresServer.Database database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	static void execute(PostgresServer.Database database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() throws Exception {
		for (App proxy : this.proxies) {
			proxy.close();
		}
		this.bridge.close();
		this.service.close();
		this.legacy.close();
	}

	static int freePort() throws IOException {
		return FreePorts.next();
	}

	/** One application process, ready when its readiness probe says so. */
	static final class App implements AutoCloseable {

		final String name;

		final Process process;

		final int port;

		final int adminPort;

		final int managementPort;

		private App(String name, Process process, int port, int adminPort, int managementPort) {
			this.name = name;
			this.process = process;
			this.port = port;
			this.adminPort = adminPort;
			this.managementPort = managementPort;
		}

		static App start(String name, Path logs, String jar, PostgresServer.Database database, String... arguments)
				throws IOException {
			int port = freePort();
			// Actuator on a port of its own, as the proxy has by default.
			int managementPort = freePort();
			Path log = logs.resolve(name + "-" + System.nanoTime() + ".log");
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
					"../../" + jar, "--server.port=" + port, "--management.server.port=" + managementPort));
			if (database != null) {
				command.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password()));
			}
			command.addAll(List.of(arguments));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			App app = new App(name, process, port, 0, managementPort);
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.failFast(name + " exited while starting; see " + log, () -> !process.isAlive())
				.until(() -> send(HttpRequest.newBuilder(app.actuator("/health/readiness"))).statusCode() == 200);
			return app;
		}

		App withAdmin(int admin) {
			return new App(this.name, this.process, this.port, admin, this.managementPort);
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

		/** An actuator endpoint, e.g. {@code /prometheus}. */
		URI actuator(String path) {
			return URI.create("http://127.0.0.1:" + this.managementPort + "/actuator" + path);
		}

		URI admin(String path) {
			return URI.create("http://127.0.0.1:" + this.adminPort + path);
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

	}

}
