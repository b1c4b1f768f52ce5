package dev.stranglerfig.proxy.routing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.testsupport.http.StubHttpServer.RecordedRequest;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ShadowIntegrationTests extends ProxyUnderTest {

	private static final Shadow IGNORING_UPDATED_AT = new Shadow(List.of("$.updatedAt", "$.items[*].id"), List.of(),
			1.0, false, Duration.ofMillis(100));

	@Test
	void aDifferenceGoneWhenBothSidesAreAskedAgainIsNotCounted() {
		route(plan("shadow-settled", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/settled/{id}"));
		// An order took one off the stock right after legacy answered; the service, asked a moment later, saw it.
		AtomicInteger legacyCalls = new AtomicInteger();
		legacy.on("GET", "/shadow/settled/{id}", request -> StubResponse.json(200,
				"{\"id\":1,\"stock\":" + ((legacyCalls.incrementAndGet() == 1) ? 5 : 4) + "}"));
		service.json("GET", "/shadow/settled/{id}", 200, "{\"id\":1,\"stock\":4}");

		assertThat(get("/shadow/settled/1").body()).isEqualTo("{\"id\":1,\"stock\":5}");

		ShadowComparison comparison = awaitComparison("/shadow/settled/1");
		assertThat(comparison.differs()).isFalse();
		assertThat(legacyCalls).as("legacy asked again").hasValue(2);
		assertThat(prometheus())
			.containsPattern("strangler_shadow_comparisons_total\\{[^}]*context=\"shadow-settled\"[^}]*result=\"settled\"");
	}

	@Test
	void differencesInOtherFieldsTheSecondTimeAreRacesNotAMismatch() {
		route(plan("shadow-races", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/races/{id}"));
		// First the stock moved between the two reads, then a review landed between the second two.
		AtomicInteger legacyCalls = new AtomicInteger();
		legacy.on("GET", "/shadow/races/{id}", request -> StubResponse.json(200,
				(legacyCalls.incrementAndGet() == 1) ? "{\"stock\":5,\"reviews\":3}" : "{\"stock\":4,\"reviews\":3}"));
		AtomicInteger serviceCalls = new AtomicInteger();
		service.on("GET", "/shadow/races/{id}", request -> StubResponse.json(200,
				(serviceCalls.incrementAndGet() == 1) ? "{\"stock\":4,\"reviews\":3}" : "{\"stock\":4,\"reviews\":4}"));

		get("/shadow/races/1");

		assertThat(awaitComparison("/shadow/races/1").differs()).isFalse();
	}

	@Test
	void aDifferenceStillThereWhenAskedAgainIsCountedWithTheSecondAnswers() {
		route(plan("shadow-stays", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/stays/{id}",
				"POST /shadow/stays"));
		legacy.json("GET", "/shadow/stays/{id}", 200, "{\"id\":1,\"price\":9.99}");
		service.json("GET", "/shadow/stays/{id}", 200, "{\"id\":1,\"price\":999}");

		get("/shadow/stays/1");

		ShadowComparison comparison = awaitComparison("/shadow/stays/1");
		assertThat(comparison.differingFields()).containsExactly("$.price");
		assertThat(legacy.received().stream().filter(request -> request.path().equals("/shadow/stays/1")))
			.as("the shopper's request and the two rechecks").hasSize(3);
	}

	@Test
	void theServiceIsAskedForTheShoppersPathAndQueryAsTheShopperEncodedThem() {
		route(plan("shadow-encoded", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/encoded/{name}"));
		legacy.json("GET", "/shadow/encoded/{name}", 200, "{\"hits\":1}");
		service.json("GET", "/shadow/encoded/{name}", 200, "{\"hits\":1}");
		String target = "/shadow/encoded/caf%C3%A9%2Fau%20lait?sort=name%2Cdesc&q=a+b";

		get(target);

		assertThat(awaitComparison(target).differs()).isFalse();
		RecordedRequest atService = service.received().stream()
			.filter(request -> request.path().startsWith("/shadow/encoded/"))
			.findFirst()
			.orElseThrow();
		assertThat(atService.path() + "?" + atService.query()).isEqualTo(target);
	}

	@Test
	void shopperGetsLegacysAnswerQuicklyWhileASlowServiceIsCompared() {
		route(plan("shadow-slow", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/slow/{id}"));
		legacy.json("GET", "/shadow/slow/{id}", 200, "{\"id\":1,\"email\":\"ada@example.com\"}");
		service.on("GET", "/shadow/slow/{id}", request -> {
			pause(Duration.ofSeconds(2));
			return StubResponse.json(200, "{\"id\":1,\"email\":\"ADA@example.com\"}");
		});

		long start = System.nanoTime();
		var response = get("/shadow/slow/1");
		Duration latency = Duration.ofNanos(System.nanoTime() - start);

		assertThat(response.body()).isEqualTo("{\"id\":1,\"email\":\"ada@example.com\"}");
		assertThat(latency).isLessThan(Duration.ofSeconds(1));
		ShadowComparison comparison = awaitComparison("/shadow/slow/1");
		assertThat(comparison.differingFields()).containsExactly("$.email");
		assertThat(comparison.legacyBody()).contains("ada@example.com");
		assertThat(comparison.serviceBody()).contains("ADA@example.com");
	}

	@Test
	void differencesOnlyInIgnoredFieldsAreAMatch() {
		route(plan("shadow-ignored", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/ignored"));
		legacy.json("GET", "/shadow/ignored", 200,
				"{\"updatedAt\":\"2026-01-01\",\"items\":[{\"id\":1,\"name\":\"kettle\"},{\"id\":2,\"name\":\"cup\"}]}");
		service.json("GET", "/shadow/ignored", 200,
				"{\"items\":[{\"id\":10,\"name\":\"kettle\"},{\"name\":\"cup\",\"id\":20}],\"updatedAt\":\"2026-02-02\"}");

		assertThat(get("/shadow/ignored").statusCode()).isEqualTo(200);

		ShadowComparison comparison = awaitComparison("/shadow/ignored");
		assertThat(comparison.differs()).isFalse();
		assertThat(comparison.differingFields()).isEmpty();
	}

	@Test
	void statusAndNestedDifferencesAreNamed() {
		route(plan("shadow-nested", Phase.SHADOW, IGNORING_UPDATED_AT, canary(0), "GET /shadow/nested"));
		legacy.json("GET", "/shadow/nested", 200, "{\"content\":[{\"name\":\"a\"},{\"name\":\"b\"}]}");
		service.json("GET", "/shadow/nested", 206, "{\"content\":[{\"name\":\"a\"},{\"name\":\"B\"}]}");

		assertThat(get("/shadow/nested").body()).contains("\"b\"");

		assertThat(awaitComparison("/shadow/nested").differingFields()).containsExactly("status", "$.content[1].name");
	}

	@Test
	void writesAreMirroredOnlyWhenThePlanAllowsIt() {
		route(plan("shadow-writes", Phase.SHADOW, Shadow.DEFAULT, canary(0), "POST /shadow/writes"),
				plan("shadow-scratch", Phase.SHADOW, new Shadow(List.of(), List.of(), 1.0, true), canary(0),
						"POST /shadow/scratch"));
		legacy.json("POST", "/shadow/writes", 201, "{}").json("POST", "/shadow/scratch", 201, "{\"ok\":true}");
		service.json("POST", "/shadow/scratch", 201, "{\"ok\":true}");

		assertThat(send("POST", "/shadow/writes", "{\"a\":1}").statusCode()).isEqualTo(201);
		assertThat(send("POST", "/shadow/scratch", "{\"b\":2}").statusCode()).isEqualTo(201);

		ShadowComparison scratch = awaitComparison("/shadow/scratch");
		assertThat(scratch.differs()).isFalse();
		assertThat(service.received()).anySatisfy(request -> {
			assertThat(request.path()).isEqualTo("/shadow/scratch");
			assertThat(request.body()).isEqualTo("{\"b\":2}");
		});
		assertThat(service.received()).noneMatch(request -> request.path().equals("/shadow/writes"));
		assertThat(comparisons).noneMatch(comparison -> comparison.path().equals("/shadow/writes"));
	}

	private static ShadowComparison awaitComparison(String path) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> comparisons.stream().filter(comparison -> comparison.path().equals(path)).findFirst(),
					found -> found.isPresent())
			.orElseThrow();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
