package dev.stranglerfig.proxy.guard;

import java.util.Arrays;

/**
 * Latencies counted in logarithmic buckets (eight per doubling, from 1 µs to over an hour), so a quantile is
 * known within about 9% from a fixed 2 KB, however many requests were seen. Not thread-safe.
 */
final class LatencyHistogram {

	private static final int STEPS_PER_DOUBLING = 8;

	private static final int BUCKETS = 256;

	private final long[] counts = new long[BUCKETS];

	private long total;

	void record(long latencyNanos) {
		this.counts[index(latencyNanos)]++;
		this.total++;
	}

	void addTo(LatencyHistogram target) {
		for (int i = 0; i < BUCKETS; i++) {
			target.counts[i] += this.counts[i];
		}
		target.total += this.total;
	}

	void clear() {
		Arrays.fill(this.counts, 0);
		this.total = 0;
	}

	long total() {
		return this.total;
	}

	/**
	 * The latency below which a share {@code quantile} of the samples fall, rounded up to its bucket's upper
	 * bound; 0 without samples.
	 */
	long quantileNanos(double quantile) {
		if (this.total == 0) {
			return 0;
		}
		long rank = Math.max(1, (long) Math.ceil(quantile * this.total));
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += this.counts[i];
			if (seen >= rank) {
				return upperBoundNanos(i);
			}
		}
		return upperBoundNanos(BUCKETS - 1);
	}

	static int index(long latencyNanos) {
		double micros = Math.max(1.0, latencyNanos / 1000.0);
		int index = (int) Math.ceil(Math.log(micros) / Math.log(2) * STEPS_PER_DOUBLING - 1e-9);
		return Math.min(Math.max(index, 0), BUCKETS - 1);
	}

	static long upperBoundNanos(int index) {
		return Math.round(Math.pow(2, (double) index / STEPS_PER_DOUBLING) * 1000);
	}

}
