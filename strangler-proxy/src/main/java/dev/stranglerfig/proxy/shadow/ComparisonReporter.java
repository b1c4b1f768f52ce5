package dev.stranglerfig.proxy.shadow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.proxy.traffic.TrafficObserver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Hands shadow comparisons to the observers and counts every shadow attempt by its result. */
@Component
final class ComparisonReporter {

	private static final Logger logger = LoggerFactory.getLogger(ComparisonReporter.class);

	private final ObjectProvider<TrafficObserver> observers;

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private volatile List<TrafficObserver> resolved;

	ComparisonReporter(ObjectProvider<TrafficObserver> observers, MeterRegistry meters) {
		this.observers = observers;
		this.meters = meters;
	}

	/**
	 * @param error the service could not answer (the comparison then shows status 0)
	 * @param settled the answers differed at first and agreed when both sides were asked again
	 */
	void report(ShadowComparison comparison, boolean error, boolean settled) {
		count(comparison.context(),
				error ? "error" : comparison.differs() ? "diff" : settled ? "settled" : "match");
		for (TrafficObserver observer : observers()) {
			try {
				observer.onShadowComparison(comparison);
			}
			catch (RuntimeException ex) {
				logger.warn("Traffic observer {} failed on a shadow comparison of {}", observer, comparison.endpoint(),
						ex);
			}
		}
	}

	/** Too many shadow requests in flight, or a write too large to replay: this one is skipped. */
	void dropped(String context) {
		count(context, "dropped");
	}

	private void count(String context, String result) {
		this.counters.computeIfAbsent(context + '\n' + result, key -> Counter.builder("strangler.shadow.comparisons")
			.description("Shadowed requests by comparison result")
			.tag("context", context)
			.tag("result", result)
			.register(this.meters)).increment();
	}

	private List<TrafficObserver> observers() {
		List<TrafficObserver> resolved = this.resolved;
		if (resolved == null) {
			// Resolved on first use, as the traffic recorder does: observers may depend on beans that depend on this.
			resolved = this.observers.orderedStream().toList();
			this.resolved = resolved;
		}
		return resolved;
	}

}
