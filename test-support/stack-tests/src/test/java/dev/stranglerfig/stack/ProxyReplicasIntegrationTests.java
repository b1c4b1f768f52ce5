package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two proxy processes on one control database, as two replicas behind a load balancer: a phase change made
 * through one replica's admin API is serving on the other within a second (LISTEN/NOTIFY).
 */
class ProxyReplicasIntegrationTests {

	private static final String TOKEN = "replicas-token";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Process> replicas = new ArrayList<>();

	private final StubHttpServer legacy = StubHttpServer.start().json("GET", "/api/users/{id}", 200, "{\"side\":\"legacy\"}");

	private final StubHttpServer service = StubHttpServer.start()
		.json("GET", "/api/users/{id}", 200, "{\"side\":\"service\"}");

	@AfterEach
	void stop() throws InterruptedException {
		for (Process replica : this.replicas) {
			replica.destroy();
		}
		for (Process replica : this.replicas) {
			replica.waitFor();
		}
		this.legacy.close();
		this.service.close();
	}

	@Test
	void aPhaseChangeThroughOneReplicaServesOnTheOtherWithinOneSecond(@TempDir Path temp) throws Exception {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		Files.writeString(plans.resolve("users.yaml"), """
				context: users
				service: { name: users-service, url: %s }
				endpoints:
				  - GET /api/users/{id}
				phase: legacy
				""".formatted(this.service.uri()));
		PostgresServer.Database control = TestPostgres.newDatabase("replicas");
		int[] first = start(control, plans, temp.resolve("first.log"));
		int[] second = start(control, plans, temp.resolve("second.log"));
		for (int[] ports : List.of(first, second)) {
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptions()
				.until(() -> status("http://127.0.0.1:" + ports[2] + "/actuator/health/readiness") == 200);
		}
		assertThat(body(second[0])).contains("legacy");

		changePhase(first[1], "shadow");
		changePhase(first[1], "canary");
		long applied = changePhase(first[1], "reads");

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() -> body(second[0]).contains("service"));
		long converged = System.nanoTime();
		assertThat(Duration.ofNanos(converged - applied)).as("the other replica follows the change")
			.isLessThan(Duration.ofSeconds(1));
		assertThat(body(first[0])).contains("service");
	}

	/** Starts a replica; answers its shopper, admin and actuator ports. */
	private int[] start(PostgresServer.Database control, Path plans, Path log) throws IOException {
		int port = freePort();
		int adminPort = freePort();
		int managementPort = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", "../../strangler-proxy/target/strangler-proxy.jar",
				"--server.port=" + port, "--strangler.proxy.admin-port=" + adminPort,
				"--management.server.port=" + managementPort, "--strangler.proxy.legacy-url=" + this.legacy.uri(), "--strangler.proxy.plans-dir=" + plans,
				"--spring.datasource.url=" + control.jdbcUrl(), "--spring.datasource.username=" + control.user(),
				"--spring.datasource.password=" + control.password())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(Map.of("STRANGLER_PROXY_ADMIN_TOKEN", TOKEN));
		this.replicas.add(builder.start());
		return new int[] { port, adminPort, managementPort };
	}

	/** Applies a phase change through the admin API; answers when it was applied (System.nanoTime). */
	private static long changePhase(int adminPort, String phase) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/admin/plans/users/phase"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"phase\":\"" + phase + "\",\"canaryPercent\":50,\"reason\":\"replica test\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return System.nanoTime();
	}

	private static String body(int port) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users/7")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private static int status(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int freePort() throws IOException {
		return FreePorts.next();
	}

}
