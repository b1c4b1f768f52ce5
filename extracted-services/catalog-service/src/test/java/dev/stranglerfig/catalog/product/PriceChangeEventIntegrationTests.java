package dev.stranglerfig.catalog.product;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.stranglerfig.catalog.CatalogServiceIntegrationTest;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ProductPriceChanged reaches Kafka if and only if the price change commits (the outbox). */
class PriceChangeEventIntegrationTests extends CatalogServiceIntegrationTest {

	private static final String TOPIC = "catalog.product-price-changed";

	@Autowired
	private Products products;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	private KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void subscribe() {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "price-test-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true");
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(TOPIC));
	}

	@AfterEach
	void unsubscribe() {
		this.consumer.close();
	}

	@Test
	void aCommittedPriceChangeIsOnKafkaKeyedByProductId() {
		long id = product("12.50");

		put("/api/products/" + id, Map.of("name", "Kettle", "price", "14.99", "active", true), 200);

		ConsumerRecord<String, String> event = awaitEventFor(id);
		JsonNode payload = JsonMapper.shared().readTree(event.value());
		assertThat(payload.get("productId").asLong()).isEqualTo(id);
		assertThat(payload.get("currency").asString()).isEqualTo("EUR");
		assertThat(payload.get("oldPriceMinor").asLong()).isEqualTo(1250);
		assertThat(payload.get("newPriceMinor").asLong()).isEqualTo(1499);
		assertThat(payload.get("occurredAt").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(10)).until(this::outstandingPublications, count -> count == 0);
	}

	@Test
	void aRolledBackPriceChangeNeverReachesKafkaNorAnUnchangedPrice() {
		long rolledBack = product("20.00");
		long unchanged = product("30.00");
		long sentinel = product("40.00");

		this.transactions.executeWithoutResult(status -> {
			this.products.update(rolledBack, new ProductRequests.UpdateProduct("Kettle", null, new BigDecimal("21.00"),
					null, true));
			status.setRollbackOnly();
		});
		put("/api/products/" + unchanged, Map.of("name", "Renamed, same price", "price", "30.0", "active", true), 200);
		put("/api/products/" + sentinel, Map.of("name", "Kettle", "price", "41.00", "active", true), 200);

		// Events of one producer on one partition arrive in order: once the later change is here, nothing earlier
		// is still on its way.
		awaitEventFor(sentinel);
		assertThat(this.received).extracting(ConsumerRecord::key)
			.doesNotContain(String.valueOf(rolledBack), String.valueOf(unchanged));
		assertThat(get("/api/products/" + rolledBack, 200)).containsEntry("price", 20.0);
		await().atMost(Duration.ofSeconds(10)).until(this::outstandingPublications, count -> count == 0);
	}

	private long product(String price) {
		return id(post("/api/products", Map.of("sku", unique("EVT"), "name", "Kettle", "price", price), 201));
	}

	private ConsumerRecord<String, String> awaitEventFor(long productId) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
			return this.received.stream()
				.filter(record -> record.key().equals(String.valueOf(productId)))
				.findFirst()
				.orElse(null);
		}, record -> record != null);
	}

	private long outstandingPublications() {
		return this.jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single();
	}

}
