package dev.stranglerfig.proxy.routing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Guards;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.ServiceTarget;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.proxy.traffic.Side;
import dev.stranglerfig.testsupport.http.StubHttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
		assertThat(read.headers().firstValue("X-Strangler-Served-By")).as("who really answered, and why")
			.hasValue("fallback-users:legacy;fallback");
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
		assertThat(prometheus()).contains("strangler_fallbacks_total{")
			.contains("strangler_requests_seconds_bucket{");
	}

	@Test
	void aServiceThatAcceptsButNeverAnswersIsBoundedByTheResponseTimeout() {
		route(plan("fallback-hung", Phase.WRITES, "GET /fallback/hung/{id}", "POST /fallback/hung"));
		legacy.json("GET", "/fallback/hung/{id}", 200, "{\"side\":\"legacy\"}");
		StubHttpServer.Responder hang = request -> {
			try {
				// A service stuck in a long GC or a deadlock: the connection is open, no answer comes.
				Thread.sleep(20_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return StubHttpServer.StubResponse.json(200, "{\"side\":\"service\"}");
		};
		service.on("GET", "/fallback/hung/{id}", hang).on("POST", "/fallback/hung", hang);

		long started = System.nanoTime();
		HttpResponse<String> read = get("/fallback/hung/1");
		HttpResponse<String> write = send("POST", "/fallback/hung", "{}", "Content-Type", "application/json");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(read.statusCode()).as("a read that timed out on the service is answered by legacy").isEqualTo(200);
		assertThat(read.body()).isEqualTo("{\"side\":\"legacy\"}");
		assertThat(write.statusCode()).as("a write that may have reached the service is not replayed").isEqualTo(502);
		assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(legacy.received()).noneMatch(request -> request.path().equals("/fallback/hung"));
		// Two calls, each bounded by the 5 s response timeout of these tests, not by the 20 s hang.
		assertThat(took).isLessThan(Duration.ofSeconds(14));
	}

	@Test
	void aServiceThatStallsAfterItsHeadersIsCutOff() throws Exception {
		try (ServerSocket stalling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread frozen = new Thread(() -> {
				try (Socket socket = stalling.accept()) {
					socket.getInputStream().read(new byte[8192]);
					// Headers promise a body that never comes, and the connection stays open: a process frozen mid-write.
					socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"si"
						.getBytes(StandardCharsets.US_ASCII));
					socket.getOutputStream().flush();
					Thread.sleep(60_000);
				}
				catch (IOException | InterruptedException ex) {
					// The test is over.
				}
			});
			frozen.setDaemon(true);
			frozen.start();
			Plan stalled = new Plan("fallback-stall", new ServiceTarget("stall-service",
					URI.create("http://127.0.0.1:" + stalling.getLocalPort())), List.of(new Endpoint("GET", "/fallback/stall", null)),
					Phase.READS, Canary.NONE, Shadow.DEFAULT, Guards.DEFAULT,
					Plan.DEFAULT_READ_YOUR_WRITES, List.of(), "test");
			route(stalled);

			long started = System.nanoTime();
			Throwable outcome = catchThrowable(() -> get("/fallback/stall"));
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			// Cut off after the 3 s read timeout of these tests, not when the frozen service lets go after 60 s.
			assertThat(took).as("the shopper is not held by a frozen service").isLessThan(Duration.ofSeconds(10));
			assertThat(outcome).as("a cut-off body ends the shopper's connection").isNotNull();
		}
	}

	private void stopService() {
		this.stoppedPort = service.port();
		service.close();
	}

}
