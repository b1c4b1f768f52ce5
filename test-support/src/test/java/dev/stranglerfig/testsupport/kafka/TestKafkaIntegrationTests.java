package dev.stranglerfig.testsupport.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestKafkaIntegrationTests {

	@Test
	void aRecordSentToTheBrokerIsReadBackByAConsumer() throws Exception {
		String servers = TestKafka.bootstrapServers();
		try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>("test-kafka.roundtrip", "user-1", "{\"id\":1}")).get();
		}
		List<ConsumerRecord<String, String>> seen = new ArrayList<>();
		try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-kafka", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("test-kafka.roundtrip"));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (seen.isEmpty() && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
			}
		}
		assertThat(seen).singleElement().satisfies(record -> {
			assertThat(record.key()).isEqualTo("user-1");
			assertThat(record.value()).isEqualTo("{\"id\":1}");
		});
	}

}
