package dev.stranglerfig.bridge.kafka;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.apply.Applied;
import dev.stranglerfig.bridge.apply.ChangeApplier;
import dev.stranglerfig.bridge.apply.ChangeEvent;
import dev.stranglerfig.bridge.apply.ChangeEventReader;
import dev.stranglerfig.bridge.apply.MissingParentException;
import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.position.SourcePosition;

/**
 * What one poll returned, applied in one target transaction together with each partition's new offset. Changes the
 * capture side published twice (it resumes from its last flushed offset after a crash) are recognised by their source
 * position and skipped. A change whose parent row is missing holds its partition from that change on (paused,
 * re-read later) while the rest of the poll is applied.
 */
final class PolledBatch {

	/** One record of the poll; {@code event} is null for what is not applied (a duplicate, a non-row record). */
	private record Item(TopicPartition partition, long offset, ChangeEvent event) {
	}

	private static final Logger logger = LoggerFactory.getLogger(PolledBatch.class);

	private final ChangeApplier applier;

	private final PartitionPositions positions;

	private final ParentHolds holds;

	private final StreamMetrics metrics;

	private final EventCodec codec = new EventCodec();

	PolledBatch(ChangeApplier applier, PartitionPositions positions, ParentHolds holds, StreamMetrics metrics) {
		this.applier = applier;
		this.positions = positions;
		this.holds = holds;
		this.metrics = metrics;
	}

	void apply(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records,
			Map<TopicPartition, PartitionPositions.Stored> owned) throws SQLException {
		List<Item> items = decode(records, owned);
		while (!items.isEmpty()) {
			Map<TopicPartition, PartitionPositions.Stored> next = nextPositions(items, owned);
			List<ChangeEvent> events = items.stream().map(Item::event).filter(event -> event != null).toList();
			try {
				Applied result = this.applier.apply(events, connection -> {
					for (var position : next.entrySet()) {
						this.positions.save(connection, position.getKey(), owned.get(position.getKey()), position.getValue());
					}
				}, event -> this.holds.mayWait(item(items, event).partition(), item(items, event).offset()));
				owned.putAll(next);
				Map<TopicPartition, OffsetAndMetadata> hint = new HashMap<>();
				next.forEach((partition, stored) -> {
					this.holds.applied(partition, stored.nextOffset());
					hint.put(partition, new OffsetAndMetadata(stored.nextOffset()));
				});
				// Partitions are applied independently, so no commit time here means "everything before it": none is given.
				this.metrics.batchApplied(result, events.stream().mapToLong(ChangeEvent::sourceMillis).max().orElse(0L), 0L);
				// For lag monitoring only: where to start is read from the target.
				consumer.commitAsync(hint, null);
				return;
			}
			catch (MissingParentException ex) {
				Item held = item(items, ex.event());
				if (this.holds.hold(held.partition(), held.offset())) {
					logger.info("{} held at offset {} until the parent row arrives: {}", held.partition(), held.offset(),
							ex.getMessage());
				}
				consumer.pause(List.of(held.partition()));
				consumer.seek(held.partition(), held.offset());
				items.removeIf(item -> item.partition().equals(held.partition()) && item.offset() >= held.offset());
			}
		}
	}

	private List<Item> decode(ConsumerRecords<byte[], byte[]> records, Map<TopicPartition, PartitionPositions.Stored> owned) {
		List<Item> items = new ArrayList<>(records.count());
		for (TopicPartition partition : records.partitions()) {
			PartitionPositions.Stored stored = owned.get(partition);
			if (stored == null) {
				continue;
			}
			SourcePosition last = stored.last();
			for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
				SourceRecord decoded = this.codec.decode(record);
				SourcePosition position = EventCodec.position(decoded);
				ChangeEvent event = null;
				if (!position.isAtOrBefore(last)) {
					event = ChangeEventReader.read(decoded, position).orElse(null);
					last = (event != null) ? position : last;
				}
				items.add(new Item(partition, record.offset(), event));
			}
		}
		return items;
	}

	private static Map<TopicPartition, PartitionPositions.Stored> nextPositions(List<Item> items,
			Map<TopicPartition, PartitionPositions.Stored> owned) {
		Map<TopicPartition, PartitionPositions.Stored> next = new HashMap<>();
		for (Item item : items) {
			SourcePosition last = (item.event() != null) ? item.event().position()
					: next.getOrDefault(item.partition(), owned.get(item.partition())).last();
			next.put(item.partition(), new PartitionPositions.Stored(item.offset() + 1, last));
		}
		return next;
	}

	private static Item item(List<Item> items, ChangeEvent event) {
		return items.stream().filter(item -> item.event() == event).findFirst()
			.orElseThrow(() -> new IllegalStateException("A change not of this batch: " + event));
	}

}
