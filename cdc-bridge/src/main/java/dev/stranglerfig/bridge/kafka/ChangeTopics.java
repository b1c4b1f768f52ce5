package dev.stranglerfig.bridge.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * The names a stream uses in Kafka. A change topic per captured table,
 * {@code <prefix>.<context>.<l2s|s2l>.<schema>.<table>} (what the Debezium connector on Kafka Connect produces with
 * {@code topic.prefix=<prefix>.<context>.<l2s|s2l>}); the appliers' consumer group {@code <prefix>.<context>.<l2s|s2l>};
 * the capture side's offsets topic {@code <prefix>.<context>.<l2s|s2l>.offsets}.
 */
public record ChangeTopics(String prefix, SyncStream stream) {

	public static ChangeTopics of(BridgeProperties.Kafka kafka, SyncStream stream) {
		return new ChangeTopics(kafka.getTopicPrefix(), stream);
	}

	/** Also the consumer group of the stream's appliers. */
	public String streamPrefix() {
		return this.prefix + "." + this.stream.context() + "." + this.stream.direction().value();
	}

	public String topic(String sourceTable) {
		return streamPrefix() + "." + sourceTable;
	}

	public List<String> all() {
		return this.stream.tables().stream().map(TableRoute::sourceTable).map(this::topic).toList();
	}

	public String offsets() {
		return streamPrefix() + ".offsets";
	}

	/**
	 * Creates the change topics with the configured partitions (keys spread over them, so they bound how many appliers
	 * share the work) and the broker's default replication; topics that exist are left as they are.
	 */
	static void create(ChangeTopics topics, BridgeProperties.Kafka kafka) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
			List<NewTopic> wanted = topics.all().stream()
				.map(name -> new NewTopic(name, Optional.of(kafka.getPartitions()), Optional.empty()))
				.toList();
			for (var created : admin.createTopics(wanted).values().values()) {
				try {
					created.get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Cannot create the change topics " + topics.all() + ": " + ex.getCause(), ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating the change topics", ex);
		}
	}

}
