package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
		// An index of the endpoints claimed so far, walked segment by segment: comparing every pair of endpoints took
		// a fifth of the analyzer's run on the drafts of a 500k-line monolith (ten thousand endpoints).
		Map<String, Claims> byMethod = new HashMap<>();
		for (int i = 0; i < plans.size(); i++) {
			ReadPlan later = plans.get(i);
			List<Endpoint> endpoints = later.plan().endpoints();
			List<String[]> segments = endpoints.stream().map(EndpointPattern::segments).toList();
			List<Claim> overlapped = new ArrayList<>();
			for (int l = 0; l < endpoints.size(); l++) {
				Claims claims = byMethod.get(endpoints.get(l).method());
				if (claims != null) {
					int laterEndpoint = l;
					claims.overlapping(segments.get(l), 0,
							earlier -> overlapped.add(new Claim(earlier.plan(), laterEndpoint, earlier.endpoint())));
				}
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
				byMethod.computeIfAbsent(endpoints.get(e).method(), method -> new Claims())
					.add(segments.get(e), 0, new Claim(i, -1, e));
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

	/**
	 * The claimed paths of one method from a segment on: a literal segment leads to its own branch, a variable to
	 * the one variable branch, and the claims whose path ends here are kept here.
	 */
	private static final class Claims {

		private final Map<String, Claims> literals = new HashMap<>();

		private Claims variable;

		private final List<Claim> ending = new ArrayList<>();

		void add(String[] segments, int from, Claim claim) {
			if (from == segments.length) {
				this.ending.add(claim);
			}
			else if (EndpointPattern.variable(segments[from])) {
				if (this.variable == null) {
					this.variable = new Claims();
				}
				this.variable.add(segments, from + 1, claim);
			}
			else {
				this.literals.computeIfAbsent(segments[from], segment -> new Claims()).add(segments, from + 1, claim);
			}
		}

		/** Every claim some request matching {@code segments} would also match (see {@link EndpointPattern#segments}). */
		void overlapping(String[] segments, int from, Consumer<Claim> found) {
			if (from == segments.length) {
				this.ending.forEach(found);
				return;
			}
			if (EndpointPattern.variable(segments[from])) {
				this.literals.values().forEach(next -> next.overlapping(segments, from + 1, found));
			}
			else {
				Claims next = this.literals.get(segments[from]);
				if (next != null) {
					next.overlapping(segments, from + 1, found);
				}
			}
			if (this.variable != null) {
				this.variable.overlapping(segments, from + 1, found);
			}
		}

	}

}
