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
	void aReadWhoseServiceStallsInTheMiddleOfABodyIsAnsweredByLegacy() throws Exception {
		// A body this small goes to the shopper only once it is whole: nothing has reached the shopper yet.
		try (FrozenService frozen = FrozenService.promising(100)) {
			route(frozen.plan("fallback-stall-read", "GET /fallback/stall-read"));
			legacy.json("GET", "/fallback/stall-read", 200, "{\"side\":\"legacy\"}");

			long started = System.nanoTime();
			HttpResponse<String> response = get("/fallback/stall-read");
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			// After the 3 s read timeout of these tests, not when the frozen service lets go after 60 s.
			assertThat(took).as("the shopper is not held by a frozen service").isLessThan(Duration.ofSeconds(10));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("{\"side\":\"legacy\"}");
			assertThat(response.headers().firstValue("X-Strangler-Served-By")).hasValue("fallback-stall-read:legacy;fallback");
		}
	}

	@Test
	void aWriteWhoseServiceStallsInTheMiddleOfABodyGetsAProblemAndIsNotReplayed() throws Exception {
		try (FrozenService frozen = FrozenService.promising(100)) {
			route(frozen.plan("fallback-stall-write", "POST /fallback/stall-write"));

			HttpResponse<String> response = send("POST", "/fallback/stall-write", "{}", "Content-Type", "application/json");

			assertThat(response.statusCode()).isEqualTo(502);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("may or may not have been applied");
			assertThat(legacy.received()).noneMatch(request -> request.path().equals("/fallback/stall-write"));
		}
	}

	@Test
	void aServiceThatStallsInTheMiddleOfALargeBodyIsCutOff() throws Exception {
		// A large body streams: its first bytes are the shopper's before the service stalls, so only cutting the
		// connection tells the shopper it is incomplete.
		try (FrozenService frozen = FrozenService.promising(1024 * 1024)) {
			route(frozen.plan("fallback-stall-large", "GET /fallback/stall-large"));

			long started = System.nanoTime();
			Throwable outcome = catchThrowable(() -> get("/fallback/stall-large"));
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(took).as("the shopper is not held by a frozen service").isLessThan(Duration.ofSeconds(10));
			assertThat(outcome).as("a cut-off body ends the shopper's connection").isNotNull();
		}
	}

	/** A service whose headers promise a body that never fully comes, the connection left open: frozen mid-write. */
	private static final class FrozenService implements AutoCloseable {

		private final ServerSocket socket;

		private FrozenService(ServerSocket socket) {
			this.socket = socket;
		}

		static FrozenService promising(int contentLength) throws IOException {
			ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread frozen = new Thread(() -> {
				try (Socket connection = socket.accept()) {
					connection.getInputStream().read(new byte[8192]);
					connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
							+ "Content-Length: " + contentLength + "\r\n\r\n{\"si").getBytes(StandardCharsets.US_ASCII));
					connection.getOutputStream().flush();
					Thread.sleep(60_000);
				}
				catch (IOException | InterruptedException ex) {
					// The test is over.
				}
			});
			frozen.setDaemon(true);
			frozen.start();
			return new FrozenService(socket);
		}

		Plan plan(String context, String endpoint) {
			String[] methodAndPath = endpoint.split(" ");
			return new Plan(context, new ServiceTarget(context + "-service",
					URI.create("http://127.0.0.1:" + this.socket.getLocalPort())),
					List.of(new Endpoint(methodAndPath[0], methodAndPath[1], null)), Phase.WRITES, Canary.NONE,
					Shadow.DEFAULT, Guards.DEFAULT, Plan.DEFAULT_READ_YOUR_WRITES, List.of(), "test");
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

	private void stopService() {
		this.stoppedPort = service.port();
		service.close();
	}

}
