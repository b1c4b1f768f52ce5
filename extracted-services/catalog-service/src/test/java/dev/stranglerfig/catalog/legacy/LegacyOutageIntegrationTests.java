package dev.stranglerfig.catalog.legacy;

import java.time.Duration;
import java.util.Map;

import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legacy goes silent (accepts connections, never answers). Product reads and updates answer a 503 problem within
 * the read timeout, the circuit breaker then stops calling legacy at all, an update writes nothing, and what does
 * not need legacy (categories, creating a product) keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=4", "catalog.legacy.read-timeout=300ms",
				"catalog.legacy.minimum-number-of-calls=2", "catalog.legacy.sliding-window-size=2",
				"catalog.legacy.open-state-wait=10m" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegacyOutageIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final PostgresServer.Database database = TestPostgres.newDatabase("catalog_outage");

	private static final StubHttpServer silentLegacy = StubHttpServer.start().on("GET", "/api/{any}", request -> {
		try {
			Thread.sleep(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return StubResponse.json(200, "[]");
	});

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private RestTestClient http;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		// The test database stops in a shutdown hook while cached contexts close: fail fast instead of waiting 30 s.
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
		registry.add("catalog.legacy.base-url", () -> silentLegacy.uri().toString());
	}

	@AfterAll
	static void stopLegacy() {
		silentLegacy.close();
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

	@Test
	@Order(1)
	void aSilentLegacyIsCutOffByTheReadTimeoutThenTheOpenBreakerAnswersAtOnce() {
		long id = createProduct("5.00");

		for (int i = 0; i < 2; i++) {
			long started = System.nanoTime();
			assertThat(exchange("GET", "/api/products/" + id, null, 503)).isEqualTo(Map.of("type",
					"/problems/dependency-unavailable", "title", "Service Unavailable", "status", 503, "detail",
					"Stock and ratings are unavailable right now; try again shortly", "instance", "/api/products/" + id));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
		long callsWhenOpened = silentLegacy.received().size();

		long started = System.nanoTime();
		exchange("GET", "/api/products?inStock=true", null, 503);
		exchange("GET", "/api/products", null, 503);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
		assertThat(silentLegacy.received()).as("an open breaker does not call legacy").hasSize((int) callsWhenOpened);
	}

	@Test
	@Order(2)
	void anUpdateWhileLegacyIsDownWritesNothingAndPublishesNothing() {
		long id = createProduct("5.00");

		exchange("PUT", "/api/products/" + id, Map.of("name", "Cheaper", "price", "4.00", "active", true), 503);

		assertThat(this.jdbc.sql("SELECT name, price_minor FROM product WHERE id = ?").param(id).query().singleRow())
			.containsEntry("name", "Kettle")
			.containsEntry("price_minor", 500L);
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single()).isZero();
		assertThat(exchange("PUT", "/api/products/987654321",
				Map.of("name", "Ghost", "price", "4.00", "active", true), 404))
			.containsEntry("type", "/problems/not-found");
	}

	@Test
	@Order(3)
	void categoriesAndNewProductsDoNotNeedLegacy() {
		Map<String, Object> category = exchange("POST", "/api/categories",
				Map.of("name", "Offline", "slug", "offline-" + System.nanoTime()), 201);

		assertThat(exchange("GET", "/api/categories/" + category.get("id"), null, 200)).isEqualTo(category);
		assertThat(exchange("POST", "/api/products", Map.of("sku", "OFF-" + System.nanoTime(), "name", "Kettle",
				"price", "5.00", "categoryId", category.get("id")), 201))
			.containsEntry("availableQuantity", 0)
			.containsEntry("rating", Map.of("averageRating", 0.0, "reviewCount", 0));
	}

	private long createProduct(String price) {
		return ((Number) exchange("POST", "/api/products",
				Map.of("sku", "OUT-" + System.nanoTime(), "name", "Kettle", "price", price), 201).get("id"))
			.longValue();
	}

	private Map<String, Object> exchange(String method, String path, Object body, int expectedStatus) {
		RestTestClient.RequestBodySpec request = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

}
