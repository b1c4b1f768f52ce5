package dev.stranglerfig.proxy.scenario;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.plans.control.ControlStateReader;
import dev.stranglerfig.plans.control.Handover;
import dev.stranglerfig.plans.control.HandoverState;
import dev.stranglerfig.proxy.admin.AdminClient.Answer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plans that map tables, in reads, with the test playing the CDC bridge (it flips a held handover with the bridge's own
 * {@link ControlStateReader#flip}). While Alice's move to writes holds a context's writes, nothing else may change its
 * phase: the flip would then land on a phase that is not the handover's, with capture moved to service -> legacy
 * while legacy still takes the writes.
 */
class HandoverUnderWayScenarioIntegrationTests {

	private static final String PLAN = """
			context: %1$s
			service: { name: %1$s-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/%1$s/{id}
			  - PUT /api/%1$s/{id}
			phase: reads
			guards: { maxErrorRateDelta: 0.05, window: 5s, minRequests: 10 }
			data:
			  tables:
			    - legacy: public.%1$s
			      service: %1$s.%1$s
			      key: [id]
			      columns: { id: id, email: email }
			""";

	private static final List<String> CONTEXTS = List.of("users", "orders", "payments");

	private static WholeProxy proxy;

	private static Connection bridge;

	@BeforeAll
	static void start() throws Exception {
		// A hold longer than the default 2 s, so a slow machine does not abort a handover the test is still acting in.
		proxy = new WholeProxy("handover_under_way", List.of("--strangler.proxy.handover.hold=10s"), "users.yaml",
				PLAN.formatted("users"), "orders.yaml", PLAN.formatted("orders"), "payments.yaml", PLAN.formatted("payments"));
		for (String context : CONTEXTS) {
			proxy.legacy.json("GET", "/api/" + context + "/{id}", 200, "{\"side\":\"legacy\"}")
				.json("PUT", "/api/" + context + "/{id}", 200, "{\"side\":\"legacy\"}");
			proxy.service.json("GET", "/api/" + context + "/{id}", 200, "{\"side\":\"service\"}")
				.json("PUT", "/api/" + context + "/{id}", 200, "{\"side\":\"service\"}");
		}
		bridge = proxy.controlDatabase();
	}

	@AfterAll
	static void stop() throws Exception {
		bridge.close();
		proxy.close();
	}

	@Test
	void anotherMoveWhileWritesAreHeldIsRefusedAndTheFlipCommitsTheHandover() throws Exception {
		CompletableFuture<Answer> cutover = moveToWrites("users");
		Handover held = awaitHeld("users");

		Answer bob = proxy.admin.postJson("/admin/plans/users/phase",
				"{\"phase\": \"canary\", \"canaryPercent\": 5, \"reason\": \"p99 up\", \"actor\": \"bob\"}");
		assertThat(bob.status()).as(bob.body().toString()).isEqualTo(409);
		assertThat(bob.body().get("detail").asString()).contains("write-ownership handover " + held.id())
			.contains("reads -> writes")
			.contains("alice");

		assertThat(ControlStateReader.flip(bridge, held.id())).isTrue();
		Answer alice = cutover.get(20, TimeUnit.SECONDS);
		assertThat(alice.status()).as(alice.body().toString()).isEqualTo(200);
		assertThat(alice.body().get("livePhase").asString()).isEqualTo("writes");
		assertThat(changes("users")).containsExactly("apply alice reads -> writes", "apply-rejected bob reads -> canary");
		assertThat(put("/api/users/1").body()).isEqualTo("{\"side\":\"service\"}");
	}

	@Test
	void aGuardBreachWhileWritesAreHeldIsWithheldAndTheFlipCommitsTheHandover() throws Exception {
		CompletableFuture<Answer> cutover = moveToWrites("orders");
		Handover held = awaitHeld("orders");

		proxy.service.json("GET", "/api/orders/{id}", 500, "{\"side\":\"service\"}");
		for (int i = 0; i < 30; i++) {
			proxy.get("/api/orders/" + i);
		}
		await().atMost(Duration.ofSeconds(5))
			.until(() -> proxy.counter("strangler_rollbacks_withheld_total", "context=\"orders\"") == 1.0);

		assertThat(ControlStateReader.flip(bridge, held.id())).isTrue();
		Answer alice = cutover.get(20, TimeUnit.SECONDS);
		assertThat(alice.status()).as(alice.body().toString()).isEqualTo(200);
		assertThat(alice.body().get("livePhase").asString()).isEqualTo("writes");
		assertThat(changes("orders")).containsExactly("apply alice reads -> writes",
				"rollback-withheld guard reads -> canary");
		assertThat(proxy.audit("orders")).filteredOn(entry -> entry.get("action").asString().equals("rollback-withheld"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.get("reason").asString()).startsWith("service error rate")
				.contains("write-ownership handover " + held.id() + " (reads -> writes) is under way"));
	}

	@Test
	void aPhaseChangedByHandWhileWritesAreHeldAbortsTheHandoverInsteadOfFlippingIt() throws Exception {
		CompletableFuture<Answer> cutover = moveToWrites("payments");
		Handover held = awaitHeld("payments");

		try (Statement statement = bridge.createStatement()) {
			statement.executeUpdate("""
					UPDATE strangler_control.plan_state
					SET phase = 'canary', canary_percent = 5, version = version + 1, updated_by = 'dba', reason = 'by hand'
					WHERE context = 'payments'""");
		}
		assertThat(ControlStateReader.flip(bridge, held.id())).isFalse();

		Answer alice = cutover.get(20, TimeUnit.SECONDS);
		assertThat(alice.status()).as(alice.body().toString()).isEqualTo(503);
		assertThat(alice.body().get("detail").asString()).contains("was aborted")
			.contains("the live phase of payments was changed to canary (version 2) while its writes were held");
		assertThat(ControlStateReader.handovers(bridge, "payments", HandoverState.ABORTED)).singleElement()
			.satisfies(handover -> assertThat(handover.id()).isEqualTo(held.id()));
		assertThat(changes("payments")).containsExactly("handover-aborted alice reads -> writes");
		// The write gate reopens at this replica's next handover tick; a write caught in it before then gets the
		// abort's 503 (not applied, safe to retry).
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(put("/api/payments/1").body()).isEqualTo("{\"side\":\"legacy\"}"));
	}

	private static CompletableFuture<Answer> moveToWrites(String context) {
		return CompletableFuture.supplyAsync(() -> proxy.admin.postJson("/admin/plans/" + context + "/phase",
				"{\"phase\": \"writes\", \"reason\": \"cut over\", \"actor\": \"alice\"}"));
	}

	/** Every replica holds the context's writes; this is when the bridge drains and flips. */
	private static Handover awaitHeld(String context) {
		return await().atMost(Duration.ofSeconds(5))
			.until(() -> ControlStateReader.handovers(bridge, context, HandoverState.HELD), held -> !held.isEmpty())
			.get(0);
	}

	/** The context's audited changes and refusals, newest first, as {@code action actor from -> to}. */
	private static List<String> changes(String context) {
		return proxy.audit(context)
			.stream()
			.filter(entry -> !entry.get("action").asString().equals("seed"))
			.map(HandoverUnderWayScenarioIntegrationTests::change)
			.toList();
	}

	private static String change(JsonNode entry) {
		return entry.get("action").asString() + " " + entry.get("actor").asString() + " "
				+ entry.get("fromPhase").asString() + " -> " + entry.get("toPhase").asString();
	}

	private static HttpResponse<String> put(String path) {
		return proxy.send("PUT", path, "{}", "Content-Type", "application/json");
	}

}
