package dev.stranglerfig.proxy.guard;

import dev.stranglerfig.plans.Guards;

/**
 * A context's traffic over its guard window, as the guards judge it, and the guards themselves: what
 * {@code GET /admin/traffic} shows and {@code strangler plan status} and {@code advance} read.
 *
 * @param serviceShare the service side's share of the planned requests in the window (fallbacks count as the
 * service's: they were routed there), 0 without requests
 * @param comparisons shadowed requests compared
 * @param diffs compared requests whose responses differed
 */
public record ContextTraffic(String context, Limits guards, SideTraffic legacy, SideTraffic service,
		double serviceShare, long comparisons, long diffs, double diffRate) {

	static ContextTraffic of(String context, Guards guards, WindowTotals legacy, WindowTotals service) {
		long total = legacy.requests() + service.requests();
		return new ContextTraffic(context, Limits.of(guards), SideTraffic.of(legacy), SideTraffic.of(service),
				(total == 0) ? 0 : (double) service.requests() / total, service.comparisons(), service.diffs(),
				service.diffRate());
	}

	/**
	 * One side's requests over the window.
	 *
	 * @param errors requests answered with a 5xx or not answered at all
	 * @param p99Millis the 99th percentile latency (within ~9%), 0 without requests
	 */
	public record SideTraffic(long requests, long errors, double errorRate, double p99Millis) {

		static SideTraffic of(WindowTotals totals) {
			return new SideTraffic(totals.requests(), totals.errors(), totals.errorRate(), totals.p99Nanos() / 1_000_000.0);
		}

	}

	/**
	 * The plan's guards, durations in milliseconds.
	 *
	 * @param maxBridgeLagMillis {@code null} when the plan sets no bridge lag limit
	 */
	public record Limits(double maxErrorRateDelta, double maxP99LatencyRatio, double maxDiffRate, long windowMillis,
			int minRequests, int minErrors, Long maxBridgeLagMillis) {

		static Limits of(Guards guards) {
			return new Limits(guards.maxErrorRateDelta(), guards.maxP99LatencyRatio(), guards.maxDiffRate(),
					guards.window().toMillis(), guards.minRequests(), guards.minErrors(),
					guards.bridgeLagLimit().map(lag -> lag.toMillis()).orElse(null));
		}

	}

}
