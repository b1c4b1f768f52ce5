package dev.stranglerfig.bridge.kafka;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.apply.Backoff;
import dev.stranglerfig.bridge.apply.ChangeApplier;
import dev.stranglerfig.bridge.capture.StreamWorker;
import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.target.TargetSession;

/**
 * One applier of a stream with the Kafka transport: a member of the stream's consumer group, applying the changes of
 * the partitions it is given. At assignment it seeks each partition to the offset stored in the target; each poll is
 * applied in one target transaction with the partitions' new offsets ({@link PolledBatch}). When the consumer or the
 * target fails it starts over, from the target's offsets again.
 */
public final class TopicApplier implements StreamWorker {

	private static final Logger logger = LoggerFactory.getLogger(TopicApplier.class);

	private final SyncStream stream;

	private final BridgeProperties properties;

	private final ChangeTopics topics;

	private final StreamMetrics metrics;

	private final StreamStatus status = new StreamStatus();

	private final TargetSession session;

	private final ChangeApplier applier;

	private final PartitionPositions positions;

	private final Map<TopicPartition, PartitionPositions.Stored> owned = new ConcurrentHashMap<>();

	private final ParentHolds holds;

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile Consumer<byte[], byte[]> consumer;

	private volatile boolean stopping;

	public TopicApplier(SyncStream stream, BridgeProperties properties, StreamMetrics metrics) {
		this.stream = stream;
		this.properties = properties;
		this.topics = ChangeTopics.of(properties.getKafka(), stream);
		this.metrics = metrics;
		// One origin per applier of the stream on this target: origin=none capture skips them all alike.
		this.session = new TargetSession(stream.target(), IntStream.rangeClosed(1, properties.getKafka().getPartitions() * 2)
			.mapToObj(n -> stream.name() + "_a" + n).toList());
		this.applier = new ChangeApplier(stream, this.session);
		this.positions = new PartitionPositions(stream.name());
		this.holds = new ParentHolds(properties.getRetryInitialBackoff(), properties.getKafka().getParentWait(),
				Clock.systemUTC());
	}

	@Override
	public String name() {
		return this.stream.name() + " applier";
	}

	@Override
	public StreamStatus status() {
		return this.status;
	}

	@Override
	public void run() {
		Backoff backoff = new Backoff(this.properties.getRetryInitialBackoff(), this.properties.getRetryMaxBackoff());
		try {
			while (!this.stopping) {
				try (Consumer<byte[], byte[]> opened = newConsumer()) {
					this.consumer = opened;
					this.applier.open();
					opened.subscribe(this.topics.all(),
							new PartitionAssignments(opened, this.session, this.positions, this.owned, this.holds, this.stream.name()));
					this.status.running();
					logger.info("Applier of {} consuming {} into {}", this.stream.name(), this.topics.all(), this.stream.target());
					while (!this.stopping) {
						resumeDue(opened);
						ConsumerRecords<byte[], byte[]> records = opened.poll(Duration.ofMillis(200));
						if (!records.isEmpty()) {
							new PolledBatch(this.applier, this.positions, this.holds, this.metrics).apply(opened, records, this.owned);
							this.status.running();
						}
						backoff.reset();
					}
				}
				catch (WakeupException ex) {
					// stop() woke the consumer up.
				}
				catch (RuntimeException | SQLException ex) {
					// The target unreachable, a partition applied by another member meanwhile, the broker gone: nothing
					// uncommitted counts, and the target's offsets say where to pick up.
					if (this.stopping) {
						break;
					}
					this.session.discard();
					this.owned.clear();
					Duration wait = backoff.next();
					this.status.retrying(ex.getMessage());
					logger.warn("Applier of {}: {}; starting over from the target's offsets in {} ms", this.stream.name(),
							ex.getMessage(), wait.toMillis());
					Thread.sleep(wait.toMillis());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.session.close();
			this.status.stopped();
			this.finished.countDown();
		}
	}

	private void resumeDue(Consumer<byte[], byte[]> consumer) {
		List<TopicPartition> due = this.holds.due().stream().filter(this.owned::containsKey).toList();
		if (!due.isEmpty()) {
			consumer.resume(due);
		}
	}

	private Consumer<byte[], byte[]> newConsumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.properties.getKafka().getBootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, this.topics.streamPrefix(),
				// The target's offsets decide where to start; a partition it has none for starts at the beginning.
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, this.properties.getBatchSize(),
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
				// The capture creates the topics with their partitions; an applier starting first must not have the
				// broker create them with its default of one partition.
				ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	@Override
	public void stop(Duration timeout) throws InterruptedException {
		this.stopping = true;
		Consumer<byte[], byte[]> running = this.consumer;
		if (running != null) {
			running.wakeup();
		}
		if (!this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			logger.warn("Applier of {} still running {} ms after the stop request", this.stream.name(), timeout.toMillis());
		}
	}

}
