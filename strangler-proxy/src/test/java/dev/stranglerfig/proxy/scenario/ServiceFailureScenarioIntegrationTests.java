package dev.stranglerfig.proxy.scenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.stranglerfig.testsupport.http.StubHttpProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Kill the service under load": a users plan in writes loses its service mid-load. Reads keep working through
 * legacy, writes fail cleanly, and the guard moves the plan back to reads by itself, which gives writes back to legacy.
 */
class ServiceFailureScenarioIntegrationTests {

	private static final String USERS = """
			context: users
			service: { name: users-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/users/{id}
			  - POST /api/users
			phase: legacy
			canary: { percent: 0, cohort: "header:X-User-Id" }
			guards: { maxErrorRateDelta: 0.05, window: 5s, minRequests: 10 }
			""";

	private static final int CLIENTS = 6;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static StubHttpProcess service;

	private static WholeProxy proxy;

	@BeforeAll
	static void start() {
		// The service runs as a process of its own so it can die the way services do: SIGKILL, connections reset.
		service = StubHttpProcess.start("GET", "/api/users/{id}", "200", "{\"side\":\"service\"}", "POST", "/api/users",
				"201", "{\"side\":\"service\"}");
		proxy = new WholeProxy("service_failure", "users.yaml", USERS.replace("SERVICE_URL", service.uri().toString()));
		proxy.legacy.json("GET", "/api/users/{id}", 200, "{\"side\":\"legacy\"}")
			.json("POST", "/api/users", 201, "{\"side\":\"legacy\"}");
		proxy.advance("users", "shadow", null);
		proxy.advance("users", "canary", 20);
		proxy.advance("users", "reads", null);
		proxy.advance("users", "writes", null);
	}

	@AfterAll
	static void stop() {
		proxy.close();
		service.close();
	}

	@Test
	void readsFallBackWritesFailCleanlyAndTheGuardRollsBackToReads() throws Exception {
		List<Sent> sent = new CopyOnWriteArrayList<>();
		AtomicBoolean killed = new AtomicBoolean();
		// Stops the load once a write after the kill succeeds, i.e. legacy has the writes back: more reads failing
		// over in reads would (rightly) roll the plan back further, which is not this scenario.
		AtomicBoolean rolledBack = new AtomicBoolean();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			int shopper = client;
			running.add(clients.submit(() -> {
				for (int i = 0; !rolledBack.get() && System.nanoTime() < deadline; i++) {
					boolean afterKill = killed.get();
					sent.add(new Sent("GET", afterKill, proxy.get("/api/users/" + (shopper * 10_000 + i))));
					HttpResponse<String> write = proxy.post("/api/users", "{\"email\":\"s" + shopper + "-" + i + "@example.com\"}");
					sent.add(new Sent("POST", afterKill, write));
					if (afterKill && write.statusCode() == 201 && write.body().contains("legacy")) {
						rolledBack.set(true);
					}
				}
			}));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() >= 1000);
		service.kill();
		killed.set(true);
		await().atMost(Duration.ofSeconds(20)).untilTrue(rolledBack);
		clients.shutdown();
		assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
		for (Future<?> client : running) {
			client.get();
		}

		List<Sent> reads = sent.stream().filter(request -> request.method().equals("GET")).toList();
		List<Sent> writes = sent.stream().filter(request -> request.method().equals("POST")).toList();
		assertThat(reads).allSatisfy(read -> assertThat(read.response().statusCode()).as(read.response().body())
			.isEqualTo(200));
		assertThat(reads).filteredOn(Sent::afterKill)
			.anySatisfy(read -> assertThat(read.response().body()).isEqualTo("{\"side\":\"legacy\"}"));
		List<Sent> failedWrites = writes.stream().filter(write -> write.response().statusCode() >= 500).toList();
		assertThat(failedWrites).as("writes failing while the service was down").isNotEmpty();
		assertThat(failedWrites).allSatisfy(ServiceFailureScenarioIntegrationTests::isCleanProblem);

		JsonNode users = proxy.plan("users");
		assertThat(users.get("livePhase").asString()).isEqualTo("reads");
		assertThat(proxy.audit("users")).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("rollback");
			assertThat(entry.get("actor").asString()).isEqualTo("guard");
			assertThat(entry.get("fromPhase").asString()).isEqualTo("writes");
			assertThat(entry.get("toPhase").asString()).isEqualTo("reads");
			assertThat(entry.get("reason").asString()).startsWith("service error rate")
				.contains("over 5s exceeds legacy 0.00 + 0.05");
		});

		HttpResponse<String> writeAfter = proxy.post("/api/users", "{\"email\":\"after@example.com\"}");
		assertThat(writeAfter.statusCode()).isEqualTo(201);
		assertThat(writeAfter.body()).isEqualTo("{\"side\":\"legacy\"}");
	}

	private static void isCleanProblem(Sent write) {
		HttpResponse<String> response = write.response();
		assertThat(response.statusCode()).isIn(502, 503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
		assertThat(problem.get("detail").asString()).contains("users-service").contains("POST /api/users");
	}

	private record Sent(String method, boolean afterKill, HttpResponse<String> response) {
	}

}
