package dev.stranglerfig.proxy.scenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.stranglerfig.proxy.admin.AdminClient.Answer;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Refused changes while shoppers keep coming: nothing changes for them, and the refusals are on record. */
class RejectedChangeScenarioIntegrationTests {

	private static final String USERS = """
			context: users
			service: { name: users-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/users/{id}
			phase: legacy
			canary: { percent: 0, cohort: "header:X-User-Id" }
			guards: { window: 5s, minRequests: 10 }
			""";

	private static WholeProxy proxy;

	@BeforeAll
	static void start() {
		proxy = new WholeProxy("rejected_change", "users.yaml", USERS);
		// The same body on both sides (so shadowing finds no diff); a header the comparison ignores tells them apart.
		proxy.legacy.on("GET", "/api/users/{id}", request -> served("legacy"));
		proxy.service.on("GET", "/api/users/{id}", request -> served("service"));
		proxy.advance("users", "shadow", null);
	}

	@AfterAll
	static void stop() {
		proxy.close();
	}

	@Test
	void impossibleMovesBrokenPlansAndBadYamlChangeNothingForShoppers() throws Exception {
		long version = proxy.plan("users").get("version").asLong();
		List<HttpResponse<String>> reads = new CopyOnWriteArrayList<>();
		AtomicBoolean shopping = new AtomicBoolean(true);
		CompletableFuture<Void> shopper = CompletableFuture.runAsync(() -> {
			for (int i = 0; shopping.get(); i++) {
				reads.add(proxy.get("/api/users/" + i));
			}
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> reads.size() >= 50);

		Answer skip = proxy.admin.postJson("/admin/plans/users/phase",
				"{\"phase\": \"writes\", \"reason\": \"in a hurry\", \"actor\": \"mallory\"}");

		assertThat(skip.status()).isEqualTo(400);
		assertThat(skip.contentType()).isEqualTo("application/problem+json");
		assertThat(skip.body().get("detail").asString()).startsWith("cannot move shadow -> writes in one step");
		assertUnchanged(version);

		proxy.writePlan("users.yaml", USERS.replace("percent: 0", "percent: 150"));
		Answer reload = proxy.admin.postJson("/admin/plans/reload", "");

		assertThat(reload.status()).isEqualTo(400);
		assertThat(reload.body().get("problems").valueStream().map(JsonNode::asString).toList())
			.containsExactly("users.yaml:6: canary.percent is 150; it must be between 0 and 100");
		assertUnchanged(version);

		Answer validate = proxy.admin.post("/admin/plans/validate", "application/yaml",
				"context: users\nendpoints: [GET /api/users/{id}\n");

		assertThat(validate.status()).isEqualTo(400);
		assertThat(validate.body().get("problems").get(0).asString()).startsWith("request body:");
		assertUnchanged(version);

		int seen = reads.size();
		await().atMost(Duration.ofSeconds(10)).until(() -> reads.size() >= seen + 50);
		shopping.set(false);
		shopper.get();
		assertThat(reads).allSatisfy(read -> {
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.headers().firstValue("X-Served-By")).hasValue("legacy");
		});
		List<JsonNode> audit = proxy.audit(null);
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("apply-rejected");
			assertThat(entry.get("actor").asString()).isEqualTo("mallory");
			assertThat(entry.get("fromPhase").asString()).isEqualTo("shadow");
			assertThat(entry.get("toPhase").asString()).isEqualTo("writes");
		});
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("reload-rejected");
			assertThat(entry.get("detail").toString()).contains("users.yaml:6: canary.percent is 150");
		});
		assertThat(audit).anySatisfy(entry -> assertThat(entry.get("action").asString()).isEqualTo("validate-rejected"));
	}

	private static void assertUnchanged(long version) {
		JsonNode users = proxy.plan("users");
		assertThat(users.get("livePhase").asString()).isEqualTo("shadow");
		assertThat(users.get("version").asLong()).isEqualTo(version);
	}

	private static StubResponse served(String side) {
		return new StubResponse(200, Map.of("Content-Type", "application/json", "X-Served-By", side),
				"{\"id\":1,\"email\":\"ada@example.com\"}");
	}

}
