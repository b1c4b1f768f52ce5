package dev.stranglerfig.testsupport.sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.stranglerfig.testsupport.journey.AdminApi;
import dev.stranglerfig.testsupport.journey.Journey;
import dev.stranglerfig.testsupport.journey.Move;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.EmbeddedPostgresServer;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.shoppers.ShopperTraffic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The local stack on one machine with nothing installed but a JDK: an embedded PostgreSQL with logical
 * decoding, the legacy monolith seeded with shop data, the extracted services on their own databases with an
 * in-JVM Kafka broker for their events, the CDC bridge keeping those databases in step with legacy's, and the
 * strangler proxy in front of it all, each application in its own
 * process on the architecture's ports. Waits for every application's readiness, prints the URLs, and on Ctrl-C stops the
 * applications gracefully and then the database.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
		description = "Start the local Strangler Fig stack on embedded PostgreSQL. Ctrl-C stops it.")
public final class Sandbox implements Callable<Integer>, AutoCloseable {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

	@Option(names = "--root", defaultValue = ".", description = "The repository's root folder (default: ${DEFAULT-VALUE}).")
	Path root;

	@Option(names = "--postgres-port", defaultValue = "15432", description = "Embedded PostgreSQL port (default: ${DEFAULT-VALUE}).")
	int postgresPort;

	@Option(names = "--legacy-port", defaultValue = "8090", description = "Legacy monolith port (default: ${DEFAULT-VALUE}).")
	int legacyPort;

	@Option(names = "--proxy-port", defaultValue = "8080", description = "Strangler proxy port, where shoppers go (default: ${DEFAULT-VALUE}).")
	int proxyPort;

	@Option(names = "--admin-port", defaultValue = "9080", description = "Strangler proxy admin API port (default: ${DEFAULT-VALUE}).")
	int adminPort;

	@Option(names = "--proxy-management-port", defaultValue = "9081",
			description = "Strangler proxy actuator port: health and metrics (default: ${DEFAULT-VALUE}).")
	int proxyManagementPort;

	@Option(names = "--admin-token", defaultValue = "sandbox-admin-token", description = "Bearer token of the proxy's admin API (default: ${DEFAULT-VALUE}).")
	String adminToken;

	@Option(names = "--users-port", defaultValue = "8101", description = "users-service port (default: ${DEFAULT-VALUE}).")
	int usersPort;

	@Option(names = "--catalog-port", defaultValue = "8102", description = "catalog-service port (default: ${DEFAULT-VALUE}).")
	int catalogPort;

	@Option(names = "--inventory-port", defaultValue = "8103", description = "inventory-service port (default: ${DEFAULT-VALUE}).")
	int inventoryPort;

	@Option(names = "--bridge-port", defaultValue = "8110", description = "cdc-bridge port (health and metrics; default: ${DEFAULT-VALUE}).")
	int bridgePort;

	@Option(names = "--plans-dir", description = "The migration plans the proxy and the bridge read (default: migration-plans/plans under --root).")
	Path plansDir;

	@Option(names = "--scenario", paramLabel = "CONTEXT", split = ",",
			description = "Once up, let simulated shoppers shop and move each of these contexts (e.g. users,catalog) through "
					+ "every phase and back from writes to reads, printing what shoppers saw in each phase.")
	List<String> scenario = List.of();

	@Option(names = "--seed-users", defaultValue = "2000", description = "Shoppers to seed; orders, reviews and page views scale with them (default: ${DEFAULT-VALUE}).")
	int seedUsers;

	private final List<StackProcess> started = new ArrayList<>();

	private PostgresServer postgres;

	private Path logs;

	private TestKafka.Broker kafka;

	public static void main(String[] args) {
		System.exit(new CommandLine(new Sandbox()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true);
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "sandbox-stop"));
		start(out);
		printAddresses(out);
		for (String context : this.scenario) {
			playScenario(context, out);
		}
		new CountDownLatch(1).await();
		return 0;
	}

	private void playScenario(String context, PrintWriter out) throws Exception {
		out.println();
		out.println("Scenario: shoppers shop while " + context + " moves through every phase (the proxy's admin API, as "
				+ "`strangler plan advance` does) ...");
		ShopperTraffic traffic = ShopperTraffic.start(proxy(), ShopperTraffic.Settings.defaults());
		try {
			new Journey(new AdminApi(admin(), this.adminToken), 150, Duration.ofMinutes(2)).run(context, Move.JOURNEY,
					traffic, line -> {
						out.println("  " + line);
						printStatus(context, out);
					});
		}
		finally {
			traffic.stop();
		}
		out.print(traffic.sofar().summary());
		out.flush();
	}

	/**
	 * The sandbox for a test: options as on the command line (free ports, a small seed). {@link #start} brings it up,
	 * {@link #close} takes it down.
	 */
	public static Sandbox withOptions(String... options) {
		return CommandLine.populateCommand(new Sandbox(), options);
	}

	/** Starts every part and waits until each is ready; the parts started so far stay up if one fails. */
	public void start(PrintWriter out) throws Exception {
		requireFreePort(this.postgresPort, "--postgres-port");
		requireFreePort(this.legacyPort, "--legacy-port");
		requireFreePort(this.proxyPort, "--proxy-port");
		requireFreePort(this.adminPort, "--admin-port");
		requireFreePort(this.proxyManagementPort, "--proxy-management-port");
		requireFreePort(this.usersPort, "--users-port");
		requireFreePort(this.catalogPort, "--catalog-port");
		requireFreePort(this.inventoryPort, "--inventory-port");
		requireFreePort(this.bridgePort, "--bridge-port");
		Path logs = this.root.resolve(".sandbox/logs").toAbsolutePath().normalize();
		this.logs = logs;

		out.println("Starting embedded PostgreSQL on port " + this.postgresPort + " ...");
		this.postgres = EmbeddedPostgresServer.start(this.postgresPort, null);
		PostgresServer.Database shop = this.postgres.createDatabase("shop");

		StackProcess legacy = new StackProcess("legacy-monolith",
				this.root.resolve("legacy-monolith/target/legacy-monolith.jar"), this.legacyPort,
				List.of("--legacy.seed.enabled=true", "--legacy.seed.users=" + this.seedUsers,
						"--legacy.seed.products=" + Math.max(50, this.seedUsers / 4),
						"--legacy.seed.orders=" + this.seedUsers * 3, "--legacy.seed.reviews=" + this.seedUsers * 2,
						"--legacy.seed.page-views=" + this.seedUsers * 10),
				Map.of("SPRING_DATASOURCE_URL", shop.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", shop.user(),
						"SPRING_DATASOURCE_PASSWORD", shop.password()),
				logs);
		startAndAwait(legacy, out);

		out.println("Starting an in-JVM Kafka broker ...");
		this.kafka = TestKafka.startBroker();
		String kafka = this.kafka.bootstrapServers();
		// Each service owns its database and credentials; the plans' service urls point at these ports.
		PostgresServer.Database users = this.postgres.createDatabase("users_service", "users_service", "users_service");
		startAndAwait(service("users-service", this.usersPort, users, kafka, List.of()), out);
		PostgresServer.Database catalog = this.postgres.createDatabase("catalog_service", "catalog_service",
				"catalog_service");
		startAndAwait(service("catalog-service", this.catalogPort, catalog, kafka,
				List.of("--catalog.legacy.base-url=http://localhost:" + this.legacyPort)), out);
		PostgresServer.Database inventory = this.postgres.createDatabase("inventory_service", "inventory_service",
				"inventory_service");
		startAndAwait(service("inventory-service", this.inventoryPort, inventory, kafka,
				List.of("--inventory.catalog.base-url=http://localhost:" + this.legacyPort)), out);

		// The proxy's control database: the bridge follows the live phases there and takes part in handovers. The
		// proxy creates its schema when it starts; until then the bridge goes by the plan files.
		PostgresServer.Database control = this.postgres.createDatabase("strangler");
		// The bridge copies legacy's rows into each service's database and streams every change after; as the
		// server's superuser, because it creates replication slots, publications and replication origins.
		List<String> bridge = new ArrayList<>(List.of(
				"--bridge.control.url=" + control.jdbcUrl(), "--bridge.control.user=" + control.user(),
				"--bridge.control.password=" + control.password(),
				"--bridge.plans-dir=" + plans(),
				"--bridge.contexts=users,catalog,inventory", "--bridge.legacy.url=" + shop.jdbcUrl(),
				"--bridge.legacy.user=" + this.postgres.user(), "--bridge.legacy.password=" + this.postgres.password()));
		for (PostgresServer.Database service : List.of(users, catalog, inventory)) {
			String context = service.name().substring(0, service.name().indexOf('_'));
			bridge.add("--bridge.services." + context + ".url=" + service.jdbcUrl());
			bridge.add("--bridge.services." + context + ".user=" + this.postgres.user());
			bridge.add("--bridge.services." + context + ".password=" + this.postgres.password());
		}
		startAndAwait(new StackProcess("cdc-bridge", this.root.resolve("cdc-bridge/target/cdc-bridge.jar"),
				this.bridgePort, bridge, Map.of(), this.logs), out);

		StackProcess proxy = new StackProcess("strangler-proxy",
				this.root.resolve("strangler-proxy/target/strangler-proxy.jar"), this.proxyPort, this.proxyManagementPort,
				List.of("--strangler.proxy.legacy-url=http://localhost:" + this.legacyPort,
						"--strangler.proxy.plans-dir=" + plans(),
						"--strangler.proxy.admin-port=" + this.adminPort,
						"--strangler.proxy.service-urls.users=http://localhost:" + this.usersPort,
						"--strangler.proxy.service-urls.catalog=http://localhost:" + this.catalogPort,
						"--strangler.proxy.service-urls.inventory=http://localhost:" + this.inventoryPort,
						// Lets a person (and the shopper-traffic scenario) see which side answered each planned request.
						"--strangler.proxy.served-by-header=X-Strangler-Served-By"),
				Map.of("SPRING_DATASOURCE_URL", control.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", control.user(),
						"SPRING_DATASOURCE_PASSWORD", control.password(), "STRANGLER_PROXY_ADMIN_TOKEN", this.adminToken),
				logs);
		startAndAwait(proxy, out);
	}

	private void printAddresses(PrintWriter out) {
		out.println();
		out.println("The sandbox is up (logs in " + logs + "):");
		out.printf("  %-18s jdbc:postgresql://localhost:%d/shop  (user postgres, password postgres)%n", "postgres",
				this.postgresPort);
		for (StackProcess process : this.started) {
			String actuator = (process.managementPort() == process.port()) ? ""
					: "http://localhost:" + process.managementPort();
			out.printf("  %-18s http://localhost:%d  (health: %s/actuator/health, metrics: %s/actuator/prometheus)%n",
					process.name(), process.port(), actuator, actuator);
		}
		out.printf("  %-18s %s  (in this JVM; topics users.user-registered, catalog.product-price-changed, inventory.stock-changed)%n", "kafka",
				this.kafka.bootstrapServers());
		out.printf("  %-18s http://localhost:%d/admin/plans  (Authorization: Bearer %s)%n", "proxy admin API",
				this.adminPort, this.adminToken);
		out.println();
		out.println("Shoppers use the proxy; try:  curl 'http://localhost:" + this.proxyPort + "/api/products?query=kettle&size=3'");
		out.println("Press Ctrl-C to stop.");
	}

	private Path plans() {
		Path plans = (this.plansDir != null) ? this.plansDir : this.root.resolve("migration-plans/plans");
		return plans.toAbsolutePath().normalize();
	}

	/** Where shoppers go. */
	public URI proxy() {
		return URI.create("http://localhost:" + this.proxyPort);
	}

	/** The proxy's admin API; it wants {@link #adminToken()} as a bearer token. */
	public URI admin() {
		return URI.create("http://localhost:" + this.adminPort);
	}

	public String adminToken() {
		return this.adminToken;
	}

	/** The bridge's HTTP port (health, metrics). */
	public URI bridge() {
		return URI.create("http://localhost:" + this.bridgePort);
	}

	/** A database of the sandbox's PostgreSQL as its superuser: {@code shop} (legacy's), {@code users_service}, ... */
	public String jdbcUrl(String database) {
		return this.postgres.jdbcUrl(database);
	}

	public String databaseUser() {
		return this.postgres.user();
	}

	public String databasePassword() {
		return this.postgres.password();
	}

	/** Stops the applications, the broker and the database, as Ctrl-C does. */
	@Override
	public void close() {
		stopAll();
	}

	/** The operator's view after each move: `strangler plan status`, as a person would run it. */
	private void printStatus(String context, PrintWriter out) {
		Path cli = this.root.resolve("analyzer-cli/target/strangler.jar");
		if (!Files.isRegularFile(cli)) {
			out.println("    (no " + cli + " to show `strangler plan status`; build it with ./mvnw package)");
			return;
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder status = new ProcessBuilder(java, "-jar", cli.toString(), "plan", "status", context, "--audit", "1")
			.redirectErrorStream(true);
		status.environment().put("STRANGLER_ADMIN_TOKEN", this.adminToken);
		status.environment().put("STRANGLER_PROXY_ADMIN", admin().toString());
		status.environment().put("STRANGLER_BRIDGE", bridge().toString());
		try {
			Process process = status.start();
			for (String line : new String(process.getInputStream().readAllBytes()).split("\n")) {
				out.println("    " + line);
			}
			process.waitFor();
		}
		catch (IOException ex) {
			out.println("    (`strangler plan status` did not run: " + ex.getMessage() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private StackProcess service(String name, int port, PostgresServer.Database database, String kafka,
			List<String> arguments) {
		return new StackProcess(name, this.root.resolve("extracted-services/" + name + "/target/" + name + ".jar"), port,
				arguments, Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", database.user(),
						"SPRING_DATASOURCE_PASSWORD", database.password(), "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka),
				this.logs);
	}

	private void startAndAwait(StackProcess process, PrintWriter out) throws InterruptedException {
		out.println("Starting " + process.name() + " on port " + process.port() + " ...");
		process.start();
		this.started.add(process);
		process.awaitReady(STARTUP_TIMEOUT);
		out.println(process.name() + " is ready.");
	}

	/** Idempotent: Ctrl-C's hook and a test's close may both call it. */
	private synchronized void stopAll() {
		if (this.started.isEmpty() && this.kafka == null && this.postgres == null) {
			return;
		}
		System.out.println("Stopping the sandbox ...");
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).stop(SHUTDOWN_GRACE);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.started.clear();
		if (this.kafka != null) {
			this.kafka.close();
			this.kafka = null;
		}
		if (this.postgres != null) {
			try {
				this.postgres.close();
			}
			catch (Exception ex) {
				System.err.println("PostgreSQL did not stop cleanly: " + ex.getMessage());
			}
			this.postgres = null;
		}
		System.out.println("Stopped.");
	}

	private static void requireFreePort(int port, String option) {
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new CommandLine.ParameterException(new CommandLine(new Sandbox()),
					"Port " + port + " is in use (another sandbox still running?); choose another with " + option);
		}
	}

}
