package dev.stranglerfig.proxy.control;

import dev.stranglerfig.plans.Plan;

/**
 * A plan as it serves now.
 *
 * @param file the plan as its file has it
 * @param live the same plan in its live phase and canary share
 * @param state the live state it was built from
 */
public record LivePlan(Plan file, Plan live, PlanState state) {

	public String context() {
		return this.file.context();
	}

}
