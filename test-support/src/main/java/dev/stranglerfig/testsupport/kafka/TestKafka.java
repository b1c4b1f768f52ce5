package dev.stranglerfig.testsupport.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker inside this JVM (KRaft, one combined broker and controller), for tests and the
 * sandbox: no Docker, up in about two seconds. One per JVM, started on first use and stopped at exit;
 * tests keep apart by using their own topic names.
 */
public final class TestKafka {

	private static final Logger logger = LoggerFactory.getLogger(TestKafka.class);

	private static volatile KafkaClusterTestKit cluster;

	private TestKafka() {
	}

	/** The {@code bootstrap.servers} of the broker, starting it if this JVM has none yet. */
	public static String bootstrapServers() {
		KafkaClusterTestKit current = cluster;
		if (current == null) {
			synchronized (TestKafka.class) {
				current = cluster;
				if (current == null) {
					current = start();
					KafkaClusterTestKit started = current;
					Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "test-kafka-stop"));
					cluster = current;
				}
			}
		}
		return current.bootstrapServers();
	}

	/**
	 * A broker of the caller's own, stopped by the caller (the sandbox stops it after the services that use it,
	 * which a shutdown hook of its own could not guarantee).
	 */
	public static Broker startBroker() {
		KafkaClusterTestKit kit = start();
		return new Broker(kit.bootstrapServers(), () -> stop(kit));
	}

	/** A broker started by {@link #startBroker()}. */
	public record Broker(String bootstrapServers, Runnable stopper) implements AutoCloseable {

		@Override
		public void close() {
			this.stopper.run();
		}

	}

	private static KafkaClusterTestKit start() {
		try {
			// Our own directory: the kit's default one is deleted by a shutdown hook racing the broker's shutdown.
			Path logs = Files.createTempDirectory("strangler-kafka-");
			KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
				.setBaseDirectory(logs)
				.setNumBrokerNodes(1)
				.setNumControllerNodes(1)
				.build())
				// A single broker cannot hold the default three replicas of the internal topics.
				.setConfigProp("offsets.topic.replication.factor", "1")
				.setConfigProp("transaction.state.log.replication.factor", "1")
				.setConfigProp("transaction.state.log.min.isr", "1")
				.setConfigProp("auto.create.topics.enable", "true")
				.build();
			kit.format();
			kit.startup();
			kit.waitForReadyBrokers();
			logger.info("Tests use an in-JVM Kafka broker at {}", kit.bootstrapServers());
			return kit;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the in-JVM Kafka broker: " + ex.getMessage(), ex);
		}
	}

	private static void stop(KafkaClusterTestKit kit) {
		try {
			// Closing also deletes the broker's directory.
			kit.close();
		}
		catch (Exception ex) {
			logger.warn("Stopping the in-JVM Kafka broker failed: {}", ex.toString());
		}
	}

}
