package dev.stranglerfig.plans;

import java.util.List;
import java.util.Optional;

/** All plans of a migration, validated together (no endpoint claimed twice, one plan per context). */
public record PlanSet(List<Plan> plans) {

	public Optional<Plan> plan(String context) {
		return this.plans.stream().filter(plan -> plan.context().equals(context)).findFirst();
	}

}
