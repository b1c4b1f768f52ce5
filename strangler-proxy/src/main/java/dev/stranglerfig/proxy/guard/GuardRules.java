package dev.stranglerfig.proxy.guard;

import java.util.Locale;
import java.util.Optional;

import dev.stranglerfig.plans.Guards;

/** Whether a context's traffic breaches its plan's guards, and a reason an operator can act on. */
final class GuardRules {

	private GuardRules() {
	}

	/**
	 * Judges only what there is enough evidence for: nothing before the service side has served
	 * {@code minRequests}, errors only once it failed {@code minErrors} times, latency only when both sides have
	 * served {@code minRequests}, diffs only after that many comparisons.
	 */
	static Optional<String> breach(Guards guards, WindowTotals legacy, WindowTotals service) {
		long seconds = guards.window().toSeconds();
		if (service.requests() >= guards.minRequests()) {
			double delta = service.errorRate() - legacy.errorRate();
			if (delta > guards.maxErrorRateDelta() && service.errors() >= guards.minErrors()) {
				return Optional.of(String.format(Locale.ROOT,
						"service error rate %.2f over %ds exceeds legacy %.2f + %s (%d of %d service requests failed)",
						service.errorRate(), seconds, legacy.errorRate(), guards.maxErrorRateDelta(), service.errors(),
						service.requests()));
			}
			if (legacy.requests() >= guards.minRequests() && legacy.p99Nanos() > 0) {
				double ratio = (double) service.p99Nanos() / legacy.p99Nanos();
				if (ratio > guards.maxP99LatencyRatio()) {
					return Optional.of(String.format(Locale.ROOT,
							"service p99 latency %d ms over %ds is %.1fx legacy's %d ms, above the limit %sx",
							millis(service.p99Nanos()), seconds, ratio, millis(legacy.p99Nanos()),
							guards.maxP99LatencyRatio()));
				}
			}
		}
		if (service.comparisons() >= guards.minRequests() && service.diffRate() > guards.maxDiffRate()) {
			return Optional.of(String.format(Locale.ROOT,
					"shadow diff rate %.3f over %ds exceeds %s (%d of %d compared responses differed)",
					service.diffRate(), seconds, guards.maxDiffRate(), service.diffs(), service.comparisons()));
		}
		return Optional.empty();
	}

	private static long millis(long nanos) {
		return Math.round(nanos / 1_000_000.0);
	}

}
