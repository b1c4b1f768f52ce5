package dev.stranglerfig.proxy.scenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.testsupport.http.StubHttpServer.RecordedRequest;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A users plan moved to shadow through the admin API: shoppers keep legacy's answers while the service is judged. */
class ShadowScenarioIntegrationTests {

	// maxDiffRate 1.0: the diffs these tests provoke on purpose must not roll the plan back under them.
	private static final String USERS = """
			context: users
			service: { name: users-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/users/{id}
			  - POST /api/users
			phase: legacy
			shadow: { ignore: ["$.updatedAt", "header:Date"], sample: 1.0 }
			guards: { maxDiffRate: 1.0, window: 5s, minRequests: 10 }
			""";

	private static WholeProxy proxy;

	@BeforeAll
	static void start() {
		proxy = new WholeProxy("shadow_scenario", "users.yaml", USERS);
		proxy.legacy.on("GET", "/api/users/{id}", request -> user(request, "user-" + id(request) + "@example.com",
				"2026-01-01T10:00:00Z", "Thu, 01 Jan 2026 10:00:00 GMT"));
		proxy.legacy.json("POST", "/api/users", 201, "{\"id\":99,\"side\":\"legacy\"}");
		// Users 1xxx have another email in the service; the others differ only in what the plan ignores.
		proxy.service.on("GET", "/api/users/{id}", request -> user(request,
				(id(request).startsWith("1") ? "USER-" : "user-") + id(request) + "@example.com", "2026-03-03T03:03:03Z",
				"Tue, 03 Mar 2026 03:03:03 GMT"));
		proxy.service.json("POST", "/api/users", 201, "{\"id\":99,\"side\":\"service\"}");
		proxy.advance("users", "shadow", null);
	}

	@AfterAll
	static void stop() {
		proxy.close();
	}

	@Test
	void aDifferingEmailIsSampledWhileShoppersGetLegacysAnswer() {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = proxy.get("/api/users/1001");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(
					"{\"id\":\"1001\",\"email\":\"user-1001@example.com\",\"updatedAt\":\"2026-01-01T10:00:00Z\"}");
		}

		JsonNode sample = await().atMost(Duration.ofSeconds(10))
			.until(() -> proxy.diffs("users").stream().filter(diff -> path(diff).equals("/api/users/1001")).findFirst(),
					found -> found.isPresent())
			.orElseThrow();
		assertThat(sample.get("endpoint").asString()).isEqualTo("GET /api/users/{id}");
		assertThat(sample.get("differingFields").valueStream().map(JsonNode::asString).toList())
			.containsExactly("$.email");
		assertThat(sample.get("legacyBody").asString()).contains("user-1001@example.com");
		assertThat(sample.get("serviceBody").asString()).contains("USER-1001@example.com");
		assertThat(proxy.plan("users").get("livePhase").asString()).isEqualTo("shadow");
	}

	@Test
	void differencesOnlyInIgnoredFieldsLeaveNoSample() {
		double matches = proxy.counter("strangler_shadow_comparisons_total", "context=\"users\"", "result=\"match\"");
		double diffs = proxy.counter("strangler_shadow_comparisons_total", "context=\"users\"", "result=\"diff\"");

		for (int id = 2001; id <= 2012; id++) {
			HttpResponse<String> response = proxy.get("/api/users/" + id);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"updatedAt\":\"2026-01-01T10:00:00Z\"");
		}

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					proxy.counter("strangler_shadow_comparisons_total", "context=\"users\"", "result=\"match\""))
				.isGreaterThanOrEqualTo(matches + 12));
		assertThat(proxy.counter("strangler_shadow_comparisons_total", "context=\"users\"", "result=\"diff\""))
			.isEqualTo(diffs);
		assertThat(proxy.diffs("users")).noneMatch(diff -> path(diff).startsWith("/api/users/20"));
	}

	@Test
	void writesAreNotMirrored() {
		double compared = proxy.counter("strangler_shadow_comparisons_total", "context=\"users\"");

		HttpResponse<String> created = proxy.post("/api/users", "{\"email\":\"new@example.com\"}");
		// A read after the write: once its comparison is counted, a mirrored write would have arrived too.
		assertThat(proxy.get("/api/users/3001").statusCode()).isEqualTo(200);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).isEqualTo("{\"id\":99,\"side\":\"legacy\"}");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(proxy.counter("strangler_shadow_comparisons_total", "context=\"users\""))
				.isGreaterThanOrEqualTo(compared + 1));
		assertThat(proxy.service.received()).extracting(RecordedRequest::method).doesNotContain("POST");
		assertThat(proxy.legacy.received())
			.anySatisfy(request -> assertThat(request.method() + " " + request.path()).isEqualTo("POST /api/users"));
	}

	private static StubResponse user(RecordedRequest request, String email, String updatedAt, String date) {
		return new StubResponse(200, Map.of("Content-Type", "application/json", "Date", date),
				"{\"id\":\"" + id(request) + "\",\"email\":\"" + email + "\",\"updatedAt\":\"" + updatedAt + "\"}");
	}

	private static String id(RecordedRequest request) {
		List<String> segments = List.of(request.path().split("/"));
		return segments.get(segments.size() - 1);
	}

	private static String path(JsonNode diff) {
		return diff.get("path").asString();
	}

}
