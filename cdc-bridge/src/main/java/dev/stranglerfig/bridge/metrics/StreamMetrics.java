package dev.stranglerfig.bridge.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import dev.stranglerfig.bridge.apply.Applied;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * A stream's meters, tagged with context and direction: changes applied and dead-lettered, batch retries, the lag
 * between a change's commit in the source and its commit in the target, and the WAL the slot holds. Make one per stream
 * and process: a second one for the same stream registers nothing new, so its gauges would never be read; after
 * {@link #remove()} a new one may be made.
 */
public final class StreamMetrics {

	private final MeterRegistry registry;

	private final List<Meter> meters;

	private final Counter applied;

	private final Counter deadLettered;

	private final Counter retries;

	private final Counter oneByOne;

	private final AtomicLong applyLagMillis = new AtomicLong();

	private final AtomicLong slotLagBytes = new AtomicLong();

	private final AtomicLong appliedThrough = new AtomicLong();

	public StreamMetrics(MeterRegistry registry, SyncStream stream) {
		this.registry = registry;
		Tags tags = Tags.of("context", stream.context(), "direction", stream.direction().value());
		this.applied = Counter.builder("bridge.changes.applied").description("Row changes written to the target")
			.tags(tags).register(registry);
		this.deadLettered = Counter.builder("bridge.changes.dead.lettered")
			.description("Row changes the target could not take, kept in strangler_bridge.dead_letter").tags(tags)
			.register(registry);
		this.retries = Counter.builder("bridge.batch.retries").description("Batches retried because the target was unreachable")
			.tags(tags).register(registry);
		this.oneByOne = Counter.builder("bridge.batches.one.by.one")
			.description("Batches the target refused as a whole (a row it rejects, a parent not there yet), applied again one "
					+ "change at a time")
			.tags(tags).register(registry);
		// Held strongly: a gauge whose value was collected reads NaN, and only this object holds the value.
		Gauge applyLag = Gauge.builder("bridge.apply.lag", this.applyLagMillis, AtomicLong::get).strongReference(true)
			.baseUnit("milliseconds")
			.description("Time from the last applied change's commit in the source to its commit in the target").tags(tags)
			.register(registry);
		Gauge slotLag = Gauge.builder("bridge.slot.lag", this.slotLagBytes, AtomicLong::get).strongReference(true)
			.baseUnit("bytes")
			.description("WAL the stream's replication slot holds on the source (current LSN - confirmed flush LSN)")
			.tags(tags).register(registry);
		this.meters = List.of(this.applied, this.deadLettered, this.retries, this.oneByOne, applyLag, slotLag);
	}

	/** Takes the stream's meters off the registry: its direction no longer runs, and its last lag would read as now. */
	public void remove() {
		this.meters.forEach(this.registry::remove);
	}

	/**
	 * @param lastSourceMillis the source time of the batch's newest change, for the lag
	 * @param streamedThrough the commit time of the batch's last streamed change when the batch was applied in commit
	 * order (everything committed before it has now been applied), else 0
	 */
	public void batchApplied(Applied result, long lastSourceMillis, long streamedThrough) {
		this.applied.increment(result.rows());
		this.deadLettered.increment(result.deadLetters());
		if (result.oneByOne()) {
			this.oneByOne.increment();
		}
		if (lastSourceMillis > 0) {
			this.applyLagMillis.set(Math.max(0, System.currentTimeMillis() - lastSourceMillis));
		}
		if (streamedThrough > 0) {
			this.appliedThrough.accumulateAndGet(streamedThrough, Math::max);
		}
	}

	/** The commit time (epoch millis) of the last streamed change applied in commit order, 0 before the first. */
	public long appliedThrough() {
		return this.appliedThrough.get();
	}

	public void retried() {
		this.retries.increment();
	}

	public void slotLag(long bytes) {
		this.slotLagBytes.set(bytes);
	}

}
