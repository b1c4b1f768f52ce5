package dev.stranglerfig.proxy.guard;

/**
 * One side's traffic over a guard window.
 *
 * @param errors requests answered with a 5xx or not answered at all
 * @param p99Nanos the 99th percentile latency, 0 without requests
 * @param comparisons shadowed requests compared (recorded on the service side)
 * @param diffs compared requests whose responses differed
 */
record WindowTotals(long requests, long errors, long p99Nanos, long comparisons, long diffs) {

	static final WindowTotals EMPTY = new WindowTotals(0, 0, 0, 0, 0);

	double errorRate() {
		return (this.requests == 0) ? 0 : (double) this.errors / this.requests;
	}

	double diffRate() {
		return (this.comparisons == 0) ? 0 : (double) this.diffs / this.comparisons;
	}

}
