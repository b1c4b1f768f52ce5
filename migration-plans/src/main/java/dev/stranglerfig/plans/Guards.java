package dev.stranglerfig.plans;

import java.time.Duration;
import java.util.Optional;

/**
 * When the proxy rolls a plan back by itself: over a sliding {@code window}, once the service side has
 * served at least {@code minRequests}, a breach of any limit moves the plan back one phase. {@code maxBridgeLag}
 * is checked by the operator's CLI before a forward move, not by the proxy.
 *
 * @param maxErrorRateDelta how much higher the service's 5xx rate may be than legacy's (0.01 = one point)
 * @param minErrors how many service 5xx the window must hold before the error rate may breach: at a few dozen
 * requests one transient failure is already a rate of several points
 * @param maxP99LatencyRatio the service's p99 latency over legacy's
 * @param maxDiffRate the share of shadowed requests whose responses differ
 * @param maxBridgeLag how far the CDC bridge may trail its source for a forward move, {@code null} for no limit
 */
public record Guards(double maxErrorRateDelta, double maxP99LatencyRatio, double maxDiffRate, Duration window,
		int minRequests, int minErrors, Duration maxBridgeLag) {

	public static final int DEFAULT_MIN_ERRORS = 3;

	public static final Guards DEFAULT = new Guards(0.01, 2.0, 0.001, Duration.ofSeconds(60), 20);

	/** Guards with the default {@code minErrors} and without a bridge lag limit. */
	public Guards(double maxErrorRateDelta, double maxP99LatencyRatio, double maxDiffRate, Duration window,
			int minRequests) {
		this(maxErrorRateDelta, maxP99LatencyRatio, maxDiffRate, window, minRequests, DEFAULT_MIN_ERRORS, null);
	}

	/** The bridge lag limit, when the plan sets one. */
	public Optional<Duration> bridgeLagLimit() {
		return Optional.ofNullable(this.maxBridgeLag);
	}

}
