package dev.stranglerfig.proxy.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.plans.CohortSource;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.ServiceTarget;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.proxy.StranglerProxyApplication;
import dev.stranglerfig.proxy.traffic.RequestOutcome;
import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.proxy.traffic.TrafficObserver;
import dev.stranglerfig.testsupport.files.ScratchDirectory;
import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The proxy started in this JVM on a random port, in front of two real HTTP stubs playing legacy and a service;
 * the routing table is the tests' to set. Every test class extending this shares one proxy, so tests use plan
 * contexts and paths of their own.
 */
@SpringBootTest(classes = { StranglerProxyApplication.class, ProxyUnderTest.Wiring.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "strangler.proxy.admin-token=test", "strangler.proxy.service-connect-timeout=500ms",
				"strangler.proxy.service-response-timeout=5s", "strangler.proxy.backend-read-timeout=3s",
				"strangler.proxy.served-by-header=X-Strangler-Served-By", "management.server.port=0" })
abstract class ProxyUnderTest {

	static final StubHttpServer legacy = StubHttpServer.start();

	static StubHttpServer service = StubHttpServer.start();

	static final AtomicReference<RoutingTable> table = new AtomicReference<>(RoutingTable.of(List.of()));

	static final List<RequestOutcome> outcomes = new CopyOnWriteArrayList<>();

	static final List<ShadowComparison> comparisons = new CopyOnWriteArrayList<>();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ServiceBreakers breakers;

	@DynamicPropertySource
	static void proxyProperties(DynamicPropertyRegistry registry) throws IOException {
		PostgresServer.Database database = TestPostgres.newDatabase("proxy");
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
		registry.add("strangler.proxy.legacy-url", () -> legacy.uri().toString());
		// The control plane insists on a valid plan directory; these tests route with their own table instead.
		Path plans = ScratchDirectory.create("plans");
		Files.writeString(plans.resolve("placeholder.yaml"), """
				context: placeholder
				service: { name: placeholder-service, url: http://127.0.0.1:9 }
				endpoints:
				  - GET /placeholder/never-called
				phase: legacy
				""");
		registry.add("strangler.proxy.plans-dir", plans::toString);
	}

	static void route(Plan... plans) {
		table.set(RoutingTable.of(List.of(plans)));
	}

	static Plan plan(String context, Phase phase, String... endpoints) {
		return plan(context, phase, Shadow.DEFAULT, new Canary(0, List.of()), endpoints);
	}

	static Plan plan(String context, Phase phase, Shadow shadow, Canary canary, String... endpoints) {
		List<Endpoint> parsed = java.util.Arrays.stream(endpoints)
			.map(endpoint -> endpoint.split(" ", 2))
			.map(parts -> new Endpoint(parts[0], parts[1], null))
			.toList();
		return new Plan(context, new ServiceTarget(context + "-service", service.uri()), parsed, phase, canary, shadow,
				null, Plan.DEFAULT_READ_YOUR_WRITES, List.of(), context + ".yaml");
	}

	static Canary canary(int percent) {
		return new Canary(percent, List.of(new CohortSource(CohortSource.Kind.HEADER, "X-User-Id")));
	}

	HttpResponse<String> send(String method, String path, String body, String... headers) {
		return send(this.port, method, path, body, headers);
	}

	/** The proxy's metrics, from its actuator port. */
	String prometheus() {
		return send(this.managementPort, "GET", "/actuator/prometheus", null).body();
	}

	private HttpResponse<String> send(int port, String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The proxy did not answer " + method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		@Primary
		RoutingTableSource testRoutingTable() {
			return table::get;
		}

		@Bean
		TrafficObserver recordingObserver() {
			return new TrafficObserver() {

				@Override
				public void onRequest(RequestOutcome outcome) {
					outcomes.add(outcome);
				}

				@Override
				public void onShadowComparison(ShadowComparison comparison) {
					comparisons.add(comparison);
				}

			};
		}

	}

}
