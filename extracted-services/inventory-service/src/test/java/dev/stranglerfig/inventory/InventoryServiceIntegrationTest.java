package dev.stranglerfig.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * inventory-service started for real on a random port, on a fresh PostgreSQL database, the in-JVM Kafka broker
 * and a stub of the catalog's product API. Test classes extending this share one context and one database, so
 * each test makes its own data (unique warehouse codes, product and order ids).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=4")
public abstract class InventoryServiceIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY = //
			new ParameterizedTypeReference<>() {
			};

	/** Product and order ids no other test uses (the service keeps no product or order rows of its own). */
	private static final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

	private static final class Fixtures {

		static final PostgresServer.Database DATABASE = TestPostgres.newDatabase("inventory_service");

		static final CatalogStub CATALOG = new CatalogStub();

	}

	@LocalServerPort
	private int port;

	protected RestTestClient http;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> Fixtures.DATABASE.jdbcUrl());
		registry.add("spring.datasource.username", () -> Fixtures.DATABASE.user());
		registry.add("spring.datasource.password", () -> Fixtures.DATABASE.password());
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		// The test database stops in a shutdown hook while cached contexts close: fail fast instead of waiting 30 s.
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
		registry.add("inventory.catalog.base-url", () -> Fixtures.CATALOG.url());
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	protected static CatalogStub catalog() {
		return Fixtures.CATALOG;
	}

	/** A product the catalog knows, with SKU {@code SKU-<id>}. */
	protected static long product() {
		long id = ids.incrementAndGet();
		catalog().product(id, "SKU-" + id);
		return id;
	}

	protected static long orderId() {
		return ids.incrementAndGet();
	}

	protected String warehouse() {
		String code = unique("W");
		post("/api/warehouses", Map.of("code", code, "name", "Warehouse " + code, "city", "Leeds", "country", "GB"),
				201);
		return code;
	}

	protected Map<String, Object> stock(long productId, String warehouseCode, int onHand) {
		return put("/api/inventory/products/" + productId + "/warehouses/" + warehouseCode,
				Map.of("quantityOnHand", onHand), 200);
	}

	protected Map<String, Object> get(String path, int expectedStatus) {
		return json(this.http.get().uri(path).exchange().expectStatus().isEqualTo(expectedStatus));
	}

	protected List<Map<String, Object>> list(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_ARRAY)
			.returnResult()
			.getResponseBody();
	}

	protected Map<String, Object> post(String path, Object body, int expectedStatus) {
		return json(send(HttpMethod.POST, path, body, expectedStatus));
	}

	protected Map<String, Object> put(String path, Object body, int expectedStatus) {
		return json(send(HttpMethod.PUT, path, body, expectedStatus));
	}

	/** A call answered with a JSON array (the order API's answers). */
	protected List<Map<String, Object>> array(HttpMethod method, String path, Object body, int expectedStatus) {
		return send(method, path, body, expectedStatus).expectBody(JSON_ARRAY).returnResult().getResponseBody();
	}

	protected RestTestClient.ResponseSpec send(HttpMethod method, String path, Object body, int expectedStatus) {
		RestTestClient.RequestBodySpec request = this.http.method(method).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange().expectStatus().isEqualTo(expectedStatus);
	}

	/** Unique per call, so tests sharing the database never collide: {@code prefix-1a2b3c}. */
	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	protected static int intOf(Map<String, Object> body, String field) {
		return ((Number) body.get(field)).intValue();
	}

	private static Map<String, Object> json(RestTestClient.ResponseSpec response) {
		return response.expectBody(JSON_OBJECT).returnResult().getResponseBody();
	}

}
