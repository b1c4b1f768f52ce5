package dev.stranglerfig.inventory.stock;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.stranglerfig.inventory.InventoryServiceIntegrationTest;
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

/** StockChanged reaches Kafka if and only if the stock change commits (the outbox). */
class StockChangedOutboxIntegrationTests extends InventoryServiceIntegrationTest {

	private static final String TOPIC = "inventory.stock-changed";

	@Autowired
	private StockLevels levels;

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
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "stock-test-" + UUID.randomUUID());
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
	void aCommittedStockChangeIsOnKafkaKeyedByProductId() {
		long product = product();
		String warehouse = warehouse();

		stock(product, warehouse, 12);

		JsonNode payload = JsonMapper.shared().readTree(awaitEventFor(product).value());
		assertThat(payload.get("productId").asLong()).isEqualTo(product);
		assertThat(payload.get("warehouseCode").asString()).isEqualTo(warehouse);
		assertThat(payload.get("onHand").asInt()).isEqualTo(12);
		assertThat(payload.get("reserved").asInt()).isZero();
		assertThat(payload.get("available").asInt()).isEqualTo(12);
		assertThat(payload.get("reason").asString()).isEqualTo("SET");
		assertThat(payload.get("occurredAt").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(10)).until(this::outstandingPublications, count -> count == 0);
	}

	@Test
	void aRolledBackStockChangeNeverReachesKafka() {
		long rolledBack = product();
		long sentinel = product();
		String warehouse = warehouse();
		stock(rolledBack, warehouse, 0);
		long warehouseId = this.jdbc.sql("SELECT id FROM warehouse WHERE code = ?").param(warehouse)
			.query(Long.class)
			.single();

		this.transactions.executeWithoutResult(status -> {
			this.levels.change(this.levels.lock(rolledBack, warehouseId), 5, 0, StockChangeReason.SET, null);
			status.setRollbackOnly();
		});
		stock(sentinel, warehouse, 1);

		// Events of one producer on one partition arrive in order: once the later change is here, nothing earlier
		// is still on its way. Setting stock to 0 where there was none changes nothing, so announces nothing either.
		awaitEventFor(sentinel);
		assertThat(this.received).extracting(ConsumerRecord::key).doesNotContain(String.valueOf(rolledBack));
		assertThat(intOf(get("/api/inventory/products/" + rolledBack, 200), "onHand")).isZero();
		await().atMost(Duration.ofSeconds(10)).until(this::outstandingPublications, count -> count == 0);
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
