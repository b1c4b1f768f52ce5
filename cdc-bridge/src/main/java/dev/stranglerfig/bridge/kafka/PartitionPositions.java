package dev.stranglerfig.bridge.kafka;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

import dev.stranglerfig.bridge.apply.PositionWrite;
import dev.stranglerfig.bridge.position.PositionJson;
import dev.stranglerfig.bridge.position.SourcePosition;

/**
 * Per topic partition, in {@code strangler_bridge.kafka_position} of the target: the next offset to apply and the
 * source position of the last change applied. Written in the row transaction, so it is exactly what was applied;
 * Kafka's committed offsets are only a hint for monitoring.
 */
final class PartitionPositions {

	private static final String SELECT = """
			SELECT next_offset, source_offset::text FROM strangler_bridge.kafka_position
			WHERE stream_name = ? AND topic = ? AND kafka_partition = ?""";

	/** Moves the position on only from where this applier read it: another applier may own the partition by now. */
	private static final String SAVE = """
			INSERT INTO strangler_bridge.kafka_position
			    (stream_name, topic, kafka_partition, next_offset, source_offset, applied_at)
			VALUES (?, ?, ?, ?, ?::jsonb, now())
			ON CONFLICT (stream_name, topic, kafka_partition) DO UPDATE SET next_offset = EXCLUDED.next_offset,
			    source_offset = coalesce(EXCLUDED.source_offset, kafka_position.source_offset), applied_at = EXCLUDED.applied_at
			WHERE kafka_position.next_offset = ?""";

	/** Where a partition stands: {@code nextOffset} -1 when nothing of it was applied yet. */
	record Stored(long nextOffset, SourcePosition last) {

		static final Stored NONE = new Stored(-1, null);

	}

	private final String streamName;

	private final PositionJson json = new PositionJson();

	PartitionPositions(String streamName) {
		this.streamName = streamName;
	}

	Map<TopicPartition, Stored> load(Connection connection, Collection<TopicPartition> partitions) throws SQLException {
		Map<TopicPartition, Stored> stored = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
			for (TopicPartition partition : partitions) {
				statement.setString(1, this.streamName);
				statement.setString(2, partition.topic());
				statement.setInt(3, partition.partition());
				try (ResultSet row = statement.executeQuery()) {
					stored.put(partition, row.next() ? new Stored(row.getLong(1), last(row.getString(2))) : Stored.NONE);
				}
			}
		}
		return stored;
	}

	/**
	 * Stores {@code now} for the partition, if the target still holds {@code was}.
	 * @throws PositionWrite.Conflict when it does not: another applier has applied from this partition meanwhile
	 */
	void save(Connection connection, TopicPartition partition, Stored was, Stored now) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
			statement.setString(1, this.streamName);
			statement.setString(2, partition.topic());
			statement.setInt(3, partition.partition());
			statement.setLong(4, now.nextOffset());
			statement.setString(5, (now.last() != null) ? this.json.write(now.last().offset()) : null);
			statement.setLong(6, was.nextOffset());
			if (statement.executeUpdate() == 0) {
				throw new PositionWrite.Conflict(partition + " is no longer at offset " + was.nextOffset() + " in the target");
			}
		}
	}

	private SourcePosition last(String offset) {
		return (offset != null) ? new SourcePosition(Map.of(), this.json.read(offset)) : null;
	}

}
