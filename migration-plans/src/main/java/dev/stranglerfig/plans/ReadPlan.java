package dev.stranglerfig.plans;

import java.util.List;

/**
 * What reading one file gave: the plan as far as it could be read (fields may be null when the file has
 * problems), where its context and endpoints are, for checks across plans, and its own problems.
 *
 * @param endpointLines the line of each of {@code plan.endpoints()}, in order
 */
record ReadPlan(Plan plan, int contextLine, List<Integer> endpointLines, List<PlanProblem> problems) {
}
