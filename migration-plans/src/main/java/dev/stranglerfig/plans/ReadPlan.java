package dev.stranglerfig.plans;

import java.util.List;

/**
 * What reading one file gave: the plan as far as it could be read (fields may be null when the file has
 * problems), where its context and endpoints are, for checks across plans, and its own problems.
 *
 * @param endpointLines the line of each of {@code plan.endpoints()}, in order
 * @param legacyTableLines the line of each of {@code plan.tables()}' legacy table, in order
 * @param serviceTableLines the line of each of {@code plan.tables()}' service table, in order
 */
record ReadPlan(Plan plan, int contextLine, List<Integer> endpointLines, List<Integer> legacyTableLines,
		List<Integer> serviceTableLines, List<PlanProblem> problems) {

	/** What reading a file gave when no plan could be read from it. */
	static ReadPlan unreadable(List<PlanProblem> problems) {
		return new ReadPlan(null, 0, List.of(), List.of(), List.of(), problems);
	}

}
