package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The rules across plans: one plan per context, no request that two plans could both claim, no table mapped twice. */
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
		EndpointClaims<Claim> claimed = new EndpointClaims<>();
		for (int i = 0; i < plans.size(); i++) {
			ReadPlan later = plans.get(i);
			List<Endpoint> endpoints = later.plan().endpoints();
			List<String[]> segments = endpoints.stream().map(EndpointPattern::segments).toList();
			List<Claim> overlapped = new ArrayList<>();
			for (int l = 0; l < endpoints.size(); l++) {
				int laterEndpoint = l;
				claimed.overlapping(endpoints.get(l).method(), segments.get(l),
						earlier -> overlapped.add(new Claim(earlier.plan(), laterEndpoint, earlier.endpoint())));
			}
			// In the order of a pairwise comparison: by earlier plan, then this plan's endpoint, then the earlier one's.
			overlapped.sort(Comparator.comparingInt(Claim::plan).thenComparingInt(Claim::laterEndpoint)
				.thenComparingInt(Claim::endpoint));
			for (Claim claim : overlapped) {
				ReadPlan earlier = plans.get(claim.plan());
				problems.add(new PlanProblem(later.plan().source(), later.endpointLines().get(claim.laterEndpoint()),
						endpoints.get(claim.laterEndpoint()).id() + " overlaps "
								+ earlier.plan().endpoints().get(claim.endpoint()).id() + " of " + earlier.plan().source()
								+ ":" + earlier.endpointLines().get(claim.endpoint())
								+ "; a request may belong to one plan only, so remove it from one of them"));
			}
			for (int e = 0; e < endpoints.size(); e++) {
				claimed.claim(endpoints.get(e).method(), segments.get(e), new Claim(i, -1, e));
			}
		}
		tablesMappedOnce(plans, "legacy", TableMapping::legacy, ReadPlan::legacyTableLines, problems);
		tablesMappedOnce(plans, "service", TableMapping::service, ReadPlan::serviceTableLines, problems);
		return problems;
	}

	/**
	 * A table two plans map would have the bridge copy it for both contexts, each in its phase's direction and with its
	 * own columns. Twice in one plan is reported with that plan's other problems.
	 */
	private static void tablesMappedOnce(List<ReadPlan> plans, String side, Function<TableMapping, String> table,
			Function<ReadPlan, List<Integer>> lines, List<PlanProblem> problems) {
		Map<String, TableClaim> firstByTable = new HashMap<>();
		for (ReadPlan read : plans) {
			for (int t = 0; t < read.plan().tables().size(); t++) {
				String name = table.apply(read.plan().tables().get(t));
				TableClaim claim = new TableClaim(read, lines.apply(read).get(t));
				TableClaim first = (name != null) ? firstByTable.putIfAbsent(name, claim) : null;
				if (first != null && first.read() != read) {
					problems.add(new PlanProblem(read.plan().source(), claim.line(), "data.tables[" + t + "]." + side + ": "
							+ name + " is also mapped in " + first.read().plan().source() + ":" + first.line()
							+ "; a table may belong to one plan only, so remove it from one of them"));
				}
			}
		}
	}

	private record TableClaim(ReadPlan read, int line) {
	}

	/** Endpoint {@code endpoint} of plan {@code plan}; {@code laterEndpoint} the one of a later plan it overlaps. */
	private record Claim(int plan, int laterEndpoint, int endpoint) {
	}

}
