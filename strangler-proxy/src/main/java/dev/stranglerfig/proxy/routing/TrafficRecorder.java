package dev.stranglerfig.proxy.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.stranglerfig.proxy.traffic.RequestOutcome;
import dev.stranglerfig.proxy.traffic.TrafficObservers;

import org.springframework.stereotype.Component;

/** Tells the observers (guards, diff store) and the metrics about every planned request. */
@Component
final class TrafficRecorder {

	private final TrafficObservers observers;

	private final MeterRegistry meters;

	/** Registering a meter looks it up by name and tags, which costs more than recording; once per combination. */
	private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

	private record TimerKey(String context, String endpoint, String side, String outcome) {
	}

	TrafficRecorder(TrafficObservers observers, MeterRegistry meters) {
		this.observers = observers;
		this.meters = meters;
	}

	void record(RouteMatch match, Served served, int status, long latencyNanos, boolean cancelled) {
		String context = match.plan().context();
		String endpoint = match.endpoint().id();
		int reported = served.unreachable() ? 0 : status;
		String outcome = cancelled ? "cancelled" : outcome(reported);
		this.timers.computeIfAbsent(new TimerKey(context, endpoint, served.side().value(), outcome),
				key -> Timer.builder("strangler.requests")
					.description("Planned requests by the side that served them")
					.tag("context", key.context())
					.tag("endpoint", key.endpoint())
					.tag("side", key.side())
					.tag("outcome", key.outcome())
					.register(this.meters))
			.record(latencyNanos, TimeUnit.NANOSECONDS);
		this.observers.requestServed(new RequestOutcome(context, endpoint, served.side(), reported, latencyNanos,
				served.fallback(), cancelled));
	}

	void fallback(RouteMatch match) {
		Counter.builder("strangler.fallbacks")
			.description("Safe requests served by legacy because the service could not be reached")
			.tag("context", match.plan().context())
			.tag("endpoint", match.endpoint().id())
			.register(this.meters)
			.increment();
	}

	void ownWriteRead(RouteMatch match) {
		Counter.builder("strangler.own.write.reads")
			.description("Reads the service would have served, sent to legacy because the shopper wrote to the context "
					+ "within the plan's readYourWrites")
			.tag("context", match.plan().context())
			.tag("endpoint", match.endpoint().id())
			.register(this.meters)
			.increment();
	}

	private static String outcome(int status) {
		return (status == 0) ? "unreachable" : (status / 100) + "xx";
	}

}
