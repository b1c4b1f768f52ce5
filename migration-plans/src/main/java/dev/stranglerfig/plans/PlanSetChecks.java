package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules across plans: one plan per context, and no request that two plans could both claim. */
final class PlanSetChecks {

	private PlanSetChecks() {
	}

	static List<PlanProblem> problems(List<ReadPlan> plans) {
		List<PlanProblem> problems = new ArrayList<>();
		Map<String, ReadPlan> byContext = new HashMap<>();
		for (ReadPlan read : plans) {
			Plan plan = read.plan();
			ReadPlan first = byContext.putIfAbsent(plan.context(), read);
			if (first != null) {
				problems.add(new PlanProblem(plan.source(), read.contextLine(), "context '" + plan.context()
						+ "' is already planned in " + first.plan().source() + ":" + first.contextLine()
						+ "; one file per context, so merge the two"));
			}
		}
		// Split once per endpoint, not once per pair compared: the analyzer's drafts of a large monolith hold
		// thousands of endpoints, and splitting per pair made this check take seconds.
		List<String[][]> segments = plans.stream()
			.map(read -> read.plan().endpoints().stream().map(EndpointPattern::segments).toArray(String[][]::new))
			.toList();
		for (int i = 0; i < plans.size(); i++) {
			for (int j = 0; j < i; j++) {
				conflicts(plans.get(j), segments.get(j), plans.get(i), segments.get(i), problems);
			}
		}
		return problems;
	}

	private static void conflicts(ReadPlan earlier, String[][] earlierSegments, ReadPlan later, String[][] laterSegments,
			List<PlanProblem> problems) {
		List<Endpoint> earlierEndpoints = earlier.plan().endpoints();
		List<Endpoint> laterEndpoints = later.plan().endpoints();
		for (int l = 0; l < laterEndpoints.size(); l++) {
			for (int e = 0; e < earlierEndpoints.size(); e++) {
				if (earlierEndpoints.get(e).method().equals(laterEndpoints.get(l).method())
						&& EndpointPattern.conflict(earlierSegments[e], laterSegments[l])) {
					problems.add(new PlanProblem(later.plan().source(), later.endpointLines().get(l),
							laterEndpoints.get(l).id() + " overlaps " + earlierEndpoints.get(e).id() + " of "
									+ earlier.plan().source() + ":" + earlier.endpointLines().get(e)
									+ "; a request may belong to one plan only, so remove it from one of them"));
				}
			}
		}
	}

}
