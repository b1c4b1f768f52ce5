package dev.stranglerfig.proxy.routing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.testsupport.http.StubHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

class CanaryIntegrationTests extends ProxyUnderTest {

	private final ExecutorService shoppers = Executors.newFixedThreadPool(32);

	@Test
	void thirtyPercentOfShoppersGetTheServiceOnEveryEndpointOfEveryPlan() {
		route(plan("canary-users", Phase.CANARY, Shadow.DEFAULT, canary(30), "GET /canary/users/{id}"),
				plan("canary-orders", Phase.CANARY, Shadow.DEFAULT, canary(30), "GET /canary/orders"));
		for (var stub : new StubHttpServer[] { legacy, service }) {
			String side = (stub == legacy) ? "legacy" : "service";
			stub.json("GET", "/canary/users/{id}", 200, side).json("GET", "/canary/orders", 200, side);
		}

		// Shoppers visit concurrently, as they do; each one's three requests are in order.
		List<CompletableFuture<Boolean>> visits = IntStream.range(0, 1000)
			.mapToObj(shopper -> CompletableFuture.supplyAsync(() -> visit(shopper), this.shoppers))
			.toList();
		long onService = visits.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();

		assertThat(onService).isBetween(250L, 350L);
	}

	@AfterEach
	void shoppersLeave() {
		this.shoppers.shutdownNow();
	}

	/** @return whether the service served this shopper */
	private boolean visit(int shopper) {
		String id = "shopper-" + shopper;
		String user = get("/canary/users/" + shopper, "X-User-Id", id).body();
		String orders = get("/canary/orders", "X-User-Id", id).body();
		String userAgain = get("/canary/users/" + shopper, "X-User-Id", id).body();
		assertThat(orders).as("side of %s on another plan", id).isEqualTo(user);
		assertThat(userAgain).as("side of %s on a second visit", id).isEqualTo(user);
		return "service".equals(user);
	}

	@Test
	void aTesterForcesASideWithTheHeaderOrTheCookie() {
		route(plan("canary-forced", Phase.CANARY, Shadow.DEFAULT, canary(0), "GET /canary/forced",
				"POST /canary/forced"));
		legacy.json("GET", "/canary/forced", 200, "\"legacy\"").json("POST", "/canary/forced", 200, "\"legacy\"");
		service.json("GET", "/canary/forced", 200, "\"service\"").json("POST", "/canary/forced", 200, "\"service\"");

		assertThat(get("/canary/forced").body()).isEqualTo("\"legacy\"");
		assertThat(get("/canary/forced", "X-Strangler-Side", "service").body()).isEqualTo("\"service\"");
		assertThat(get("/canary/forced", "Cookie", "strangler_side=service").body()).isEqualTo("\"service\"");
		assertThat(send("POST", "/canary/forced", "{}", "X-Strangler-Side", "service").body())
			.as("writes stay with the data owner").isEqualTo("\"legacy\"");
	}

}
