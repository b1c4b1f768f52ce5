package dev.stranglerfig.proxy.guard;

import java.util.List;
import java.util.Optional;

import dev.stranglerfig.proxy.control.LivePlan;
import dev.stranglerfig.proxy.control.LivePlans;
import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.stereotype.Component;

/**
 * Reads the windows the guards judge, for operators. The figures are this replica's: each replica sees the
 * requests it served.
 */
@Component
public class TrafficReadings {

	private final LivePlans plans;

	private final TrafficWindows windows;

	TrafficReadings(LivePlans plans, TrafficWindows windows) {
		this.plans = plans;
		this.windows = windows;
	}

	public Optional<ContextTraffic> traffic(String context) {
		return this.plans.plan(context).map(this::traffic);
	}

	public List<ContextTraffic> traffic() {
		return this.plans.plans().stream().map(this::traffic).toList();
	}

	private ContextTraffic traffic(LivePlan plan) {
		return ContextTraffic.of(plan.context(), plan.file().guards(), this.windows.totals(plan.context(), Side.LEGACY),
				this.windows.totals(plan.context(), Side.SERVICE));
	}

}
