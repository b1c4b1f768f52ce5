package dev.stranglerfig.users;

import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service started for real on a random port, on its own fresh PostgreSQL database and the in-JVM Kafka
 * broker, called over HTTP. Test classes share the context and database: tests make their own data (unique
 * emails) and never assume a table is empty. The outbox is swept every half second so its tests are quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=5", "users.outbox.resubmit-interval=500ms",
				"users.outbox.resubmit-older-than=2s" })
public abstract class UsersServiceIntegrationTest {

	private static final class Database {

		static final PostgresServer.Database INSTANCE = TestPostgres.newDatabase("users_service");

	}

	@LocalServerPort
	private int port;

	protected RestTestClient http;

	protected UsersApi api;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> Database.INSTANCE.jdbcUrl());
		registry.add("spring.datasource.username", () -> Database.INSTANCE.user());
		registry.add("spring.datasource.password", () -> Database.INSTANCE.password());
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
	}

	protected static PostgresServer.Database database() {
		return Database.INSTANCE;
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl(baseUrl()).build();
		this.api = new UsersApi(this.http);
	}

}
