package dev.stranglerfig.catalog;

import java.util.Map;
import java.util.UUID;

import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * catalog-service started for real on a random port, on a fresh PostgreSQL database, the in-JVM Kafka broker and
 * a stub of legacy's batch endpoints. Test classes extending this share one context and one database, so each
 * test makes its own data (unique SKUs and slugs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=4")
public abstract class CatalogServiceIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final class Fixtures {

		static final PostgresServer.Database DATABASE = TestPostgres.newDatabase("catalog_service");

		static final LegacyStub LEGACY = new LegacyStub();

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
		registry.add("catalog.legacy.base-url", () -> Fixtures.LEGACY.url());
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	protected static LegacyStub legacy() {
		return Fixtures.LEGACY;
	}

	protected Map<String, Object> get(String path, int expectedStatus) {
		return json(this.http.get().uri(path).exchange().expectStatus().isEqualTo(expectedStatus));
	}

	protected Map<String, Object> post(String path, Object body, int expectedStatus) {
		return json(this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus));
	}

	protected Map<String, Object> put(String path, Object body, int expectedStatus) {
		return json(this.http.put()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus));
	}

	/** Unique per call, so tests sharing the database never collide: {@code prefix-1a2b3c4d}. */
	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	protected static long id(Map<String, Object> body) {
		return ((Number) body.get("id")).longValue();
	}

	private static Map<String, Object> json(RestTestClient.ResponseSpec response) {
		return response.expectBody(JSON_OBJECT).returnResult().getResponseBody();
	}

}
