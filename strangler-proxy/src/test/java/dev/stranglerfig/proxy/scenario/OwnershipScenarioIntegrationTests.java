package dev.stranglerfig.proxy.scenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stranglerfig.proxy.admin.AdminClient.Answer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A users plan that maps tables, already in writes, with no CDC bridge anywhere: a guard breach does not hand the data
 * back to legacy on its own, and an operator's move back to reads holds writes until the handover's deadline, then
 * aborts it and changes nothing.
 */
class OwnershipScenarioIntegrationTests {

	private static final String USERS = """
			context: users
			service: { name: users-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/users/{id}
			  - PUT /api/users/{id}
			phase: writes
			guards: { maxErrorRateDelta: 0.05, window: 5s, minRequests: 10 }
			data:
			  tables:
			    - legacy: public.app_user
			      service: users.user_account
			      key: [id]
			      columns: { id: id, email: email }
			""";

	private static WholeProxy proxy;

	@BeforeAll
	static void start() {
		proxy = new WholeProxy("ownership", "users.yaml", USERS);
		proxy.legacy.json("GET", "/api/users/{id}", 200, "{\"side\":\"legacy\"}")
			.json("PUT", "/api/users/{id}", 200, "{\"side\":\"legacy\"}");
		proxy.service.json("GET", "/api/users/{id}", 500, "{\"side\":\"service\"}")
			.json("PUT", "/api/users/{id}", 200, "{\"side\":\"service\"}");
	}

	@AfterAll
	static void stop() {
		proxy.close();
	}

	@Test
	void aGuardBreachInWritesIsAuditedButOwnershipStaysWithTheService() {
		for (int i = 0; i < 30; i++) {
			proxy.get("/api/users/" + i);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> proxy.counter("strangler_rollbacks_withheld_total", "context=\"users\"") == 1.0);
		assertThat(proxy.plan("users").get("livePhase").asString()).isEqualTo("writes");
		List<JsonNode> withheld = proxy.audit("users").stream()
			.filter(entry -> entry.get("action").asString().equals("rollback-withheld"))
			.toList();
		assertThat(withheld).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor").asString()).isEqualTo("guard");
			assertThat(entry.get("toPhase").asString()).isEqualTo("reads");
			assertThat(entry.get("reason").asString()).startsWith("service error rate")
				.contains("not rolled back to reads automatically");
		});
		assertThat(put("/api/users/1").body()).isEqualTo("{\"side\":\"service\"}");
	}

	@Test
	void withoutABridgeAMoveBackToReadsIsAbortedAtItsDeadlineAndHeldWritesAreRefusedUnapplied() throws Exception {
		AtomicBoolean asking = new AtomicBoolean(true);
		List<HttpResponse<String>> writes = new CopyOnWriteArrayList<>();
		AtomicInteger sent = new AtomicInteger();
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
			while (asking.get()) {
				writes.add(put("/api/users/" + (5000 + sent.incrementAndGet())));
			}
		});
		long started = System.nanoTime();
		Answer answer = proxy.admin.postJson("/admin/plans/users/phase",
				"{\"phase\": \"reads\", \"reason\": \"service misbehaves\", \"actor\": \"tester\"}");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		asking.set(false);
		writer.get();

		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(503);
		assertThat(answer.body().get("detail").asString()).contains("aborted").contains("CDC bridge did not drain and flip");
		assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(4));
		List<HttpResponse<String>> refused = writes.stream().filter(write -> write.statusCode() != 200).toList();
		assertThat(refused).as("writes held until the abort").isNotEmpty().allSatisfy(held -> {
			assertThat(held.statusCode()).isEqualTo(503);
			assertThat(held.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(held.body()).contains("handover was aborted").contains("not applied");
		});
		assertThat(writes).filteredOn(write -> write.statusCode() == 200)
			.allSatisfy(write -> assertThat(write.body()).isEqualTo("{\"side\":\"service\"}"));
		long applied = writes.size() - refused.size();
		assertThat(proxy.service.received().stream()
			.filter(request -> request.method().equals("PUT") && Long.parseLong(request.path().substring(11)) > 5000)
			.count()).as("only the answered writes reached the service, the refused ones reached nobody").isEqualTo(applied);
		assertThat(proxy.legacy.received()).noneMatch(request -> request.method().equals("PUT"));
		assertThat(proxy.plan("users").get("livePhase").asString()).isEqualTo("writes");
		assertThat(proxy.audit("users")).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("handover-aborted");
			assertThat(entry.get("fromPhase").asString()).isEqualTo("writes");
			assertThat(entry.get("toPhase").asString()).isEqualTo("reads");
		});
		assertThat(put("/api/users/3").body()).isEqualTo("{\"side\":\"service\"}");
	}

	private static HttpResponse<String> put(String path) {
		return proxy.send("PUT", path, "{}", "Content-Type", "application/json");
	}

}
