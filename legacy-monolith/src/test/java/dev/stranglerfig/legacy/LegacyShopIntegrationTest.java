package dev.stranglerfig.legacy;

import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The monolith started for real on a random port against a real PostgreSQL (see {@link TestPostgres}),
 * called over HTTP. Every test class shares one context and one database, so tests make their own data
 * (unique emails, SKUs) and never assume a table is empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=8", "legacy.notifications.dispatch-interval=PT1H" })
public abstract class LegacyShopIntegrationTest {

	private static final class Database {

		static final PostgresServer.Database INSTANCE = TestPostgres.newDatabase("legacy");

	}

	@LocalServerPort
	private int port;

	protected RestTestClient http;

	protected ShopApi shop;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> Database.INSTANCE.jdbcUrl());
		registry.add("spring.datasource.username", () -> Database.INSTANCE.user());
		registry.add("spring.datasource.password", () -> Database.INSTANCE.password());
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.shop = new ShopApi(this.http);
	}

}
