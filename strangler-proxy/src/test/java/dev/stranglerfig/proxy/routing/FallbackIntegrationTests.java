package dev.stranglerfig.proxy.routing;

import java.net.http.HttpResponse;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.proxy.traffic.Side;
import dev.stranglerfig.testsupport.http.StubHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackIntegrationTests extends ProxyUnderTest {

	private int stoppedPort;

	@AfterEach
	void serviceComesBack() {
		if (this.stoppedPort != 0) {
			service = StubHttpServer.start(this.stoppedPort);
		}
	}

	@Test
	void withTheServiceDownReadsAreServedByLegacyAndWritesGetAProblem() {
		route(plan("fallback-users", Phase.WRITES, "GET /fallback/users/{id}", "POST /fallback/users"));
		legacy.json("GET", "/fallback/users/{id}", 200, "{\"side\":\"legacy\"}");
		stopService();

		HttpResponse<String> read = get("/fallback/users/1");
		HttpResponse<String> write = send("POST", "/fallback/users", "{\"email\":\"ada@example.com\"}", "Content-Type",
				"application/json");

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).isEqualTo("{\"side\":\"legacy\"}");
		assertThat(outcomes).anySatisfy(outcome -> {
			assertThat(outcome.endpoint()).isEqualTo("GET /fallback/users/{id}");
			assertThat(outcome.side()).isEqualTo(Side.LEGACY);
			assertThat(outcome.fallback()).isTrue();
		});
		assertThat(write.statusCode()).isEqualTo(503);
		assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(write.headers().firstValue("Retry-After")).isPresent();
		assertThat(write.body()).contains("\"status\":503").contains("fallback-users-service")
			.contains("POST /fallback/users");
		assertThat(legacy.received()).noneMatch(request -> request.path().equals("/fallback/users"));
		assertThat(outcomes).anySatisfy(outcome -> {
			assertThat(outcome.endpoint()).isEqualTo("POST /fallback/users");
			assertThat(outcome.status()).isZero();
		});
	}

	@Test
	void theBreakerOpensAfterRepeatedFailuresAndKeepsReadsOnLegacy() {
		route(plan("fallback-breaker", Phase.READS, "GET /fallback/breaker"));
		legacy.json("GET", "/fallback/breaker", 200, "\"legacy\"");
		stopService();

		for (int i = 0; i < 10; i++) {
			assertThat(get("/fallback/breaker").body()).isEqualTo("\"legacy\"");
		}
		assertThat(this.breakers.forContext("fallback-breaker").getState()).isEqualTo(CircuitBreaker.State.OPEN);

		service = StubHttpServer.start(this.stoppedPort);
		this.stoppedPort = 0;
		service.json("GET", "/fallback/breaker", 200, "\"service\"");
		assertThat(get("/fallback/breaker").body()).as("an open breaker does not call the service")
			.isEqualTo("\"legacy\"");
		assertThat(get("/actuator/prometheus").body()).contains("strangler_fallbacks_total{")
			.contains("strangler_requests_seconds_bucket{");
	}

	private void stopService() {
		this.stoppedPort = service.port();
		service.close();
	}

}
