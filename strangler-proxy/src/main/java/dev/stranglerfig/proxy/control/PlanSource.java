package dev.stranglerfig.proxy.control;

import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanSet;

/** Where the plan files come from: the plans directory in production, plans built in code in tests. */
public interface PlanSource {

	/** Every plan, validated together. */
	PlanSet load() throws InvalidPlanException;

	/**
	 * One plan from its YAML text, validated on its own and with the other plans as a reload would once it replaced
	 * its context's file; {@code source} names it in messages.
	 */
	Plan parse(String source, String yaml) throws InvalidPlanException;

}
