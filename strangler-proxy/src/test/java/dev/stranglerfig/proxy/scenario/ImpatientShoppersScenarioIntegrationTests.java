package dev.stranglerfig.proxy.scenario;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service in canary that hangs longer than its shoppers wait: every shopper routed there gives up and closes the
 * connection before the proxy's own response timeout. The guard still sees how long they waited and rolls the plan
 * back, instead of seeing no service traffic at all.
 */
class ImpatientShoppersScenarioIntegrationTests {

	private static final String USERS = """
			context: users
			service: { name: users-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/users/{id}
			phase: canary
			canary: { percent: 50, cohort: "header:X-User-Id" }
			guards: { maxP99LatencyRatio: 2.0, window: 10s, minRequests: 5 }
			""";

	private static final Duration PATIENCE = Duration.ofMillis(300);

	@Test
	void aServiceSlowerThanItsShoppersPatienceIsRolledBackOnLatency() throws Exception {
		try (WholeProxy proxy = new WholeProxy("impatient_shoppers", "users.yaml", USERS)) {
			proxy.legacy.json("GET", "/api/users/{id}", 200, "{\"side\":\"legacy\"}");
			proxy.service.on("GET", "/api/users/{id}", request -> {
				try {
					Thread.sleep(2_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return StubResponse.json(200, "{\"side\":\"service\"}");
			});

			AtomicBoolean rolledBack = new AtomicBoolean();
			AtomicInteger gaveUp = new AtomicInteger();
			ExecutorService shoppers = Executors.newFixedThreadPool(4);
			for (int s = 0; s < 4; s++) {
				int shopper = s;
				shoppers.submit(() -> {
					for (int i = 0; !rolledBack.get() && i < 500; i++) {
						String user = String.valueOf(shopper * 1_000 + i);
						if (proxy.gaveUpOn("/api/users/" + user, PATIENCE, "X-User-Id", user)) {
							gaveUp.incrementAndGet();
						}
					}
				});
			}
			try {
				await().atMost(Duration.ofSeconds(20))
					.until(() -> "shadow".equals(proxy.plan("users").get("livePhase").asString()));
			}
			finally {
				rolledBack.set(true);
				shoppers.shutdown();
				assertThat(shoppers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
			}

			assertThat(gaveUp.get()).as("shoppers who gave up on the service").isGreaterThanOrEqualTo(5);
			assertThat(proxy.counter("strangler_requests_seconds_count", "context=\"users\"", "side=\"service\"",
					"outcome=\"cancelled\"")).isGreaterThanOrEqualTo(5);
			assertThat(proxy.audit("users")).anySatisfy(entry -> {
				assertThat(entry.get("action").asString()).isEqualTo("rollback");
				assertThat(entry.get("actor").asString()).isEqualTo("guard");
				assertThat(entry.get("reason").asString()).startsWith("service p99 latency");
			});
		}
	}

}
