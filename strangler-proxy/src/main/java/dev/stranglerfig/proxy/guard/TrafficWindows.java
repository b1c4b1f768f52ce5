package dev.stranglerfig.proxy.guard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.stranglerfig.proxy.control.LivePlans;
import dev.stranglerfig.proxy.traffic.RequestOutcome;
import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.proxy.traffic.Side;
import dev.stranglerfig.proxy.traffic.TrafficObserver;

import org.springframework.stereotype.Component;

/** Each planned context's recent traffic per side, over its plan's guard window, for the guards to judge. */
@Component
public class TrafficWindows implements TrafficObserver {

	private final LivePlans plans;

	private final Map<String, Sides> windows = new ConcurrentHashMap<>();

	TrafficWindows(LivePlans plans) {
		this.plans = plans;
	}

	@Override
	public void onRequest(RequestOutcome outcome) {
		Sides sides = sides(outcome.context());
		if (sides == null) {
			return;
		}
		if (outcome.fallback()) {
			// Legacy saved the shopper, but the service failed: that is what the guard is for.
			sides.service().request(true, outcome.latencyNanos());
		}
		else {
			SlidingWindow window = (outcome.side() == Side.SERVICE) ? sides.service() : sides.legacy();
			window.request(outcome.serverError(), outcome.latencyNanos());
		}
	}

	@Override
	public void onShadowComparison(ShadowComparison comparison) {
		Sides sides = sides(comparison.context());
		if (sides != null) {
			sides.service().comparison(comparison.differs());
		}
	}

	WindowTotals totals(String context, Side side) {
		Sides sides = this.windows.get(context);
		if (sides == null) {
			return WindowTotals.EMPTY;
		}
		return ((side == Side.SERVICE) ? sides.service() : sides.legacy()).totals();
	}

	/** Forgets a context's traffic: after a phase change the old phase's numbers say nothing about the new. */
	void reset(String context) {
		this.windows.remove(context);
	}

	private Sides sides(String context) {
		return this.windows.computeIfAbsent(context, key -> this.plans.plan(key)
			.map(plan -> new Sides(plan.file().guards().window()))
			.orElse(null));
	}

	private record Sides(SlidingWindow legacy, SlidingWindow service) {

		Sides(Duration window) {
			this(new SlidingWindow(window, System::currentTimeMillis), new SlidingWindow(window, System::currentTimeMillis));
		}

	}

}
