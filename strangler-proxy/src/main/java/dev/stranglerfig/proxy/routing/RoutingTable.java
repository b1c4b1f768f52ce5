package dev.stranglerfig.proxy.routing;

import java.util.List;

import dev.stranglerfig.plans.Plan;

/** Which plan and endpoint a request belongs to; requests no plan claims belong to legacy. */
public final class RoutingTable {

	private final List<Plan> plans;

	private RoutingTable(List<Plan> plans) {
		this.plans = List.copyOf(plans);
	}

	/** @param plans the plans with their live phase and canary share applied */
	public static RoutingTable of(List<Plan> plans) {
		return new RoutingTable(plans);
	}

	public List<Plan> plans() {
		return this.plans;
	}

}
