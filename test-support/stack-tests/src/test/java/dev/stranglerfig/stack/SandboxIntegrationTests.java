package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.plans.JsonDiff;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.testsupport.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the README promises: the sandbox brings up embedded PostgreSQL, the seeded monolith, the extracted
 * services on their own databases kept in step with legacy's by the CDC bridge, and the proxy in front of it all
 * as separate processes, answers a product
 * search with seeded data through the proxy, and stops
 * everything on SIGTERM (as on Ctrl-C). Runs the launcher as its own JVM against the jars this build packaged.
 */
class SandboxIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Process sandbox;

	@AfterEach
	void stopSandbox() throws InterruptedException {
		if (this.sandbox != null && this.sandbox.isAlive()) {
			this.sandbox.destroyForcibly().waitFor();
		}
	}

	@Test
	void startsTheSeededShopAndStopsCleanly(@TempDir Path temp) throws Exception {
		int legacyPort = freePort();
		int postgresPort = freePort();
		int proxyPort = freePort();
		int adminPort = freePort();
		int proxyManagementPort = freePort();
		int usersPort = freePort();
		int catalogPort = freePort();
		int inventoryPort = freePort();
		int bridgePort = freePort();
		Path output = temp.resolve("sandbox.out");
		String java = ProcessHandle.current().info().command().orElse("java");
		this.sandbox = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				"-Dlogback.configurationFile=sandbox-logback.xml", Sandbox.class.getName(), "--root", "../..",
				"--legacy-port", String.valueOf(legacyPort), "--postgres-port", String.valueOf(postgresPort),
				"--proxy-port", String.valueOf(proxyPort), "--admin-port", String.valueOf(adminPort),
				"--proxy-management-port", String.valueOf(proxyManagementPort),
				"--users-port", String.valueOf(usersPort), "--catalog-port", String.valueOf(catalogPort),
				"--inventory-port", String.valueOf(inventoryPort), "--bridge-port", String.valueOf(bridgePort),
				"--seed-users", "200"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();

		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.failFast("the sandbox exited early; its output is in " + output + " and the applications' logs in .sandbox/logs",
					() -> !this.sandbox.isAlive())
			.until(() -> Files.readString(output).contains("Press Ctrl-C to stop."));
		assertThat(Files.readString(output)).contains("legacy-monolith    http://localhost:" + legacyPort)
			.contains("strangler-proxy    http://localhost:" + proxyPort + "  (health: http://localhost:" + proxyManagementPort
					+ "/actuator/health")
			.contains("users-service      http://localhost:" + usersPort)
			.contains("catalog-service    http://localhost:" + catalogPort)
			.contains("inventory-service  http://localhost:" + inventoryPort)
			.contains("cdc-bridge         http://localhost:" + bridgePort);

		String direct = get(legacyPort, "/api/products?query=a&size=3");
		assertThat(direct).contains("\"sku\":\"SKU-0000001\"").contains("\"totalElements\":");
		assertThat(get(proxyPort, "/api/products?query=a&size=3")).as("the proxy serves the shop's answer")
			.isEqualTo(direct);
		assertThat(get(proxyManagementPort, "/actuator/health/readiness")).contains("\"UP\"");

		// The bridge has copied legacy's seeded rows into the services' own databases: each service answers as
		// legacy does (compared the way the proxy's shadow compares, with the plan's ignore rules).
		assertSameAnswer("users", usersPort, legacyPort, "/api/users/1");
		assertSameAnswer("users", usersPort, legacyPort, "/api/users?size=5");
		assertSameAnswer("catalog", catalogPort, legacyPort, "/api/products/1");
		assertSameAnswer("inventory", inventoryPort, legacyPort, "/api/warehouses");

		this.sandbox.destroy();
		assertThat(this.sandbox.waitFor(90, TimeUnit.SECONDS)).as("sandbox stopped within 90 s").isTrue();
		assertThat(Files.readString(output)).contains("Stopped.");
		assertThat(portIsFree(legacyPort)).as("monolith port released").isTrue();
		assertThat(portIsFree(postgresPort)).as("PostgreSQL port released").isTrue();
		assertThat(portIsFree(proxyPort)).as("proxy port released").isTrue();
		assertThat(portIsFree(adminPort)).as("admin port released").isTrue();
		assertThat(portIsFree(proxyManagementPort)).as("proxy actuator port released").isTrue();
		assertThat(portIsFree(usersPort)).as("users-service port released").isTrue();
		assertThat(portIsFree(catalogPort)).as("catalog-service port released").isTrue();
		assertThat(portIsFree(inventoryPort)).as("inventory-service port released").isTrue();
		assertThat(portIsFree(bridgePort)).as("cdc-bridge port released").isTrue();
	}

	private static void assertSameAnswer(String context, int servicePort, int legacyPort, String path) throws Exception {
		Plan plan = PlanLoader.loadDirectory(Path.of("../../migration-plans/plans")).plan(context).orElseThrow();
		JsonDiff diff = new JsonDiff(plan.shadow().ignoredJsonPaths());
		JsonNode legacy = json.readTree(get(legacyPort, path));
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(diff.diff(legacy, json.readTree(get(servicePort, path))))
				.as("%s on %s-service vs legacy", path, context)
				.isEmpty());
	}

	private static String get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET " + path + " on port " + port).isEqualTo(200);
		return response.body();
	}

	private static int freePort() throws IOException {
		return FreePorts.next();
	}

	private static boolean portIsFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
