package dev.stranglerfig.proxy.scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A 30 % canary set through the admin API on two plans: the same shoppers see the service on both. */
class CanaryStickinessScenarioIntegrationTests {

	// maxP99LatencyRatio 100: two stubs on one machine, compared on p99, must not roll the canary back by chance.
	private static final String PLAN = """
			context: CONTEXT
			service: { name: CONTEXT-service, url: SERVICE_URL }
			endpoints:
			  - GET /api/CONTEXT/{id}
			phase: legacy
			canary: { percent: 0, cohort: "header:X-User-Id" }
			guards: { maxP99LatencyRatio: 100, window: 5s, minRequests: 10 }
			""";

	private static final int SHOPPERS = 1000;

	private static WholeProxy proxy;

	@BeforeAll
	static void start() {
		proxy = new WholeProxy("canary_stickiness", "users.yaml", PLAN.replace("CONTEXT", "users"), "catalog.yaml",
				PLAN.replace("CONTEXT", "catalog"));
		for (String context : List.of("users", "catalog")) {
			proxy.legacy.json("GET", "/api/" + context + "/{id}", 200, "\"legacy\"");
			proxy.service.json("GET", "/api/" + context + "/{id}", 200, "\"service\"");
			proxy.advance(context, "shadow", null);
			proxy.advance(context, "canary", 30);
		}
	}

	@AfterAll
	static void stop() {
		proxy.close();
	}

	@Test
	void thirtyPercentOfShoppersAreOnTheServiceAndOnTheSameSideEverywhere() {
		Map<Integer, String> users = new ConcurrentHashMap<>();
		Map<Integer, String> catalog = new ConcurrentHashMap<>();

		IntStream.range(0, SHOPPERS).parallel().forEach(shopper -> {
			users.put(shopper, proxy.get("/api/users/" + shopper, "X-User-Id", "shopper-" + shopper).body());
			catalog.put(shopper, proxy.get("/api/catalog/" + (shopper % 7), "X-User-Id", "shopper-" + shopper).body());
		});

		long onService = users.values().stream().filter("\"service\""::equals).count();
		assertThat(onService / (double) SHOPPERS).isCloseTo(0.30, within(0.05));
		assertThat(catalog).isEqualTo(users);
		assertThat(users.values()).allMatch(side -> side.equals("\"service\"") || side.equals("\"legacy\""));
		assertThat(proxy.plan("users").get("livePhase").asString()).isEqualTo("canary");
		assertThat(proxy.plan("catalog").get("livePhase").asString()).isEqualTo("canary");
	}

}
