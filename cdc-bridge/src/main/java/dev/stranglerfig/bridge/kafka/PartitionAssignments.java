package dev.stranglerfig.bridge.kafka;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.target.TargetSession;

/**
 * An applier's side of a rebalance: partitions it is given are sought to the offsets stored in the target (to the
 * beginning when the target has none), whatever Kafka's committed offsets say; partitions taken away are forgotten.
 */
final class PartitionAssignments implements ConsumerRebalanceListener {

	private static final Logger logger = LoggerFactory.getLogger(PartitionAssignments.class);

	private final Consumer<byte[], byte[]> consumer;

	private final TargetSession session;

	private final PartitionPositions positions;

	private final Map<TopicPartition, PartitionPositions.Stored> owned;

	private final ParentHolds holds;

	private final String streamName;

	PartitionAssignments(Consumer<byte[], byte[]> consumer, TargetSession session, PartitionPositions positions,
			Map<TopicPartition, PartitionPositions.Stored> owned, ParentHolds holds, String streamName) {
		this.consumer = consumer;
		this.session = session;
		this.positions = positions;
		this.owned = owned;
		this.holds = holds;
		this.streamName = streamName;
	}

	@Override
	public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
		try {
			Connection connection = this.session.connection();
			Map<TopicPartition, PartitionPositions.Stored> stored = this.positions.load(connection, partitions);
			connection.commit();
			stored.forEach((partition, position) -> {
				if (position.nextOffset() >= 0) {
					this.consumer.seek(partition, position.nextOffset());
				}
				else {
					this.consumer.seekToBeginning(List.of(partition));
				}
			});
			this.owned.putAll(stored);
			logger.info("Applier of {} got {}", this.streamName, stored);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the stored offsets of " + partitions + " from "
					+ this.session.address() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		partitions.forEach(partition -> {
			this.owned.remove(partition);
			this.holds.forget(partition);
		});
	}

}
