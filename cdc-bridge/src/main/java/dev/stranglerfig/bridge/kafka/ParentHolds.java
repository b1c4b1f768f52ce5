package dev.stranglerfig.bridge.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/**
 * Partitions paused at a change whose parent row is not in the target yet. The parent comes through another topic or
 * partition, applied by this or another applier, so the child's partition waits (paused, the others go on) and is
 * tried again every {@code retry}; once it has waited {@code patience}, the change is dead-lettered instead.
 */
final class ParentHolds {

	private record Hold(long offset, Instant since, Instant retryAt) {
	}

	private final Map<TopicPartition, Hold> holds = new HashMap<>();

	private final Duration retry;

	private final Duration patience;

	private final Clock clock;

	ParentHolds(Duration retry, Duration patience, Clock clock) {
		this.retry = retry;
		this.patience = patience;
		this.clock = clock;
	}

	/** Holds the partition at {@code offset}; true when it was not held there already. */
	boolean hold(TopicPartition partition, long offset) {
		Instant now = this.clock.instant();
		Hold previous = this.holds.get(partition);
		boolean first = previous == null || previous.offset() != offset;
		this.holds.put(partition, new Hold(offset, first ? now : previous.since(), now.plus(this.retry)));
		return first;
	}

	/** The held partitions due for another try; they stay known until {@link #applied} moves them past the change. */
	List<TopicPartition> due() {
		Instant now = this.clock.instant();
		return this.holds.entrySet().stream().filter(entry -> !entry.getValue().retryAt().isAfter(now))
			.map(Map.Entry::getKey).toList();
	}

	/** Whether the change at {@code offset} may still wait for its parent rather than be dead-lettered. */
	boolean mayWait(TopicPartition partition, long offset) {
		Hold hold = this.holds.get(partition);
		return hold == null || hold.offset() != offset
				|| Duration.between(hold.since(), this.clock.instant()).compareTo(this.patience) < 0;
	}

	void applied(TopicPartition partition, long nextOffset) {
		Hold hold = this.holds.get(partition);
		if (hold != null && nextOffset > hold.offset()) {
			this.holds.remove(partition);
		}
	}

	void forget(TopicPartition partition) {
		this.holds.remove(partition);
	}

}
