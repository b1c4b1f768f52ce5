package dev.stranglerfig.plans;

import java.time.Duration;

/**
 * When the proxy rolls a plan back by itself: over a sliding {@code window}, once the service side has
 * served at least {@code minRequests}, a breach of any limit moves the plan back one phase.
 *
 * @param maxErrorRateDelta how much higher the service's 5xx rate may be than legacy's (0.01 = one point)
 * @param maxP99LatencyRatio the service's p99 latency over legacy's
 * @param maxDiffRate the share of shadowed requests whose responses differ
 */
public record Guards(double maxErrorRateDelta, double maxP99LatencyRatio, double maxDiffRate, Duration window,
		int minRequests) {

	public static final Guards DEFAULT = new Guards(0.01, 2.0, 0.001, Duration.ofSeconds(60), 20);

}
