package dev.stranglerfig.proxy.guard;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One side's traffic over the last N seconds: a ring of one-second buckets, each reused once its second has
 * left the window, so recording and summing cost the same however busy the side is.
 */
final class SlidingWindow {

	private final Bucket[] ring;

	private final LongSupplier clockMillis;

	SlidingWindow(Duration window, LongSupplier clockMillis) {
		int seconds = (int) Math.max(1, (window.toMillis() + 999) / 1000);
		this.ring = new Bucket[seconds];
		for (int i = 0; i < seconds; i++) {
			this.ring[i] = new Bucket();
		}
		this.clockMillis = clockMillis;
	}

	synchronized void request(boolean error, long latencyNanos) {
		Bucket bucket = current();
		bucket.requests++;
		if (error) {
			bucket.errors++;
		}
		bucket.latency.record(latencyNanos);
	}

	synchronized void comparison(boolean differs) {
		Bucket bucket = current();
		bucket.comparisons++;
		if (differs) {
			bucket.diffs++;
		}
	}

	synchronized WindowTotals totals() {
		long now = second();
		long requests = 0;
		long errors = 0;
		long comparisons = 0;
		long diffs = 0;
		LatencyHistogram latency = new LatencyHistogram();
		for (Bucket bucket : this.ring) {
			if (bucket.second > now - this.ring.length && bucket.second <= now) {
				requests += bucket.requests;
				errors += bucket.errors;
				comparisons += bucket.comparisons;
				diffs += bucket.diffs;
				bucket.latency.addTo(latency);
			}
		}
		return new WindowTotals(requests, errors, latency.quantileNanos(0.99), comparisons, diffs);
	}

	private Bucket current() {
		long second = second();
		Bucket bucket = this.ring[(int) Math.floorMod(second, (long) this.ring.length)];
		if (bucket.second != second) {
			bucket.reset(second);
		}
		return bucket;
	}

	private long second() {
		return Math.floorDiv(this.clockMillis.getAsLong(), 1000L);
	}

	private static final class Bucket {

		private long second = Long.MIN_VALUE;

		private long requests;

		private long errors;

		private long comparisons;

		private long diffs;

		private final LatencyHistogram latency = new LatencyHistogram();

		void reset(long newSecond) {
			this.second = newSecond;
			this.requests = 0;
			this.errors = 0;
			this.comparisons = 0;
			this.diffs = 0;
			this.latency.clear();
		}

	}

}
