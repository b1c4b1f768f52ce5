package dev.stranglerfig.proxy.shadow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.proxy.traffic.TrafficObservers;

import org.springframework.stereotype.Component;

/** Hands shadow comparisons to the observers and counts every shadow attempt by its result. */
@Component
final class ComparisonReporter {

	private final TrafficObservers observers;

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	ComparisonReporter(TrafficObservers observers, MeterRegistry meters) {
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
		this.observers.shadowCompared(comparison);
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

}
