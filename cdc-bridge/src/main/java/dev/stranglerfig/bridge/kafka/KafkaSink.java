package dev.stranglerfig.bridge.kafka;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.storage.KafkaOffsetBackingStore;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.capture.StreamSink;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * The capture side of the Kafka transport: changes go to the stream's topics through an idempotent producer (a
 * retried send is never written twice), and the engine keeps its offsets in a Kafka topic of its own, as Kafka
 * Connect does; they are flushed only for records Kafka acknowledged.
 */
public final class KafkaSink implements StreamSink {

	private final SyncStream stream;

	private final BridgeProperties.Kafka kafka;

	private final ChangeTopics topics;

	private Producer<byte[], byte[]> producer;

	public KafkaSink(SyncStream stream, BridgeProperties.Kafka kafka) {
		this.stream = stream;
		this.kafka = kafka;
		this.topics = ChangeTopics.of(kafka, stream);
	}

	@Override
	public synchronized Run open() {
		ChangeTopics.create(this.topics, this.kafka);
		closeProducer();
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.getBootstrapServers(),
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
				ProducerConfig.CLIENT_ID_CONFIG, this.topics.streamPrefix() + ".capture"),
				new ByteArraySerializer(), new ByteArraySerializer());
		// Appliers on other machines do not see the target's foreign keys from here: they wait for parents instead.
		return new Run(this.stream, new KafkaPublisher(this.stream, this.topics, this.producer));
	}

	@Override
	public Properties offsetStorage() {
		Properties settings = new Properties();
		settings.setProperty("offset.storage", KafkaOffsetBackingStore.class.getName());
		settings.setProperty("bootstrap.servers", this.kafka.getBootstrapServers());
		settings.setProperty("offset.storage.topic", this.topics.offsets());
		settings.setProperty("offset.storage.partitions", "1");
		// -1: the broker's default replication, as for the change topics.
		settings.setProperty("offset.storage.replication.factor", "-1");
		return settings;
	}

	@Override
	public void failed() {
		closeProducer();
	}

	@Override
	public synchronized void close() {
		closeProducer();
	}

	private synchronized void closeProducer() {
		if (this.producer != null) {
			this.producer.close();
			this.producer = null;
		}
	}

	@Override
	public String toString() {
		return "Kafka " + this.kafka.getBootstrapServers() + " topics " + this.topics.streamPrefix() + ".*";
	}

}
