package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * A requested live move of a context (as the admin API and the CLI ask for it), checked before the control
 * state records it.
 */
public record PhaseChange(String context, Phase from, int fromPercent, Phase to, int toPercent) {

	/**
	 * Why the move must not happen, or nothing when it may (repeating the current state is allowed, so a retried
	 * request is harmless); the problems name the context as their source.
	 */
	public List<PlanProblem> problems() {
		List<PlanProblem> problems = new ArrayList<>();
		this.from.refusalOfMoveTo(this.to).ifPresent(refusal -> problems.add(new PlanProblem(this.context, 0, refusal)));
		if (this.toPercent < 0 || this.toPercent > 100) {
			problems.add(new PlanProblem(this.context, 0,
					"canary percent " + this.toPercent + " is outside 0..100; give a share between 0 and 100"));
		}
		return List.copyOf(problems);
	}

	/**
	 * As {@link #problems()}, and also why {@code plan}'s endpoints cannot stand at the target phase: a write whose own
	 * phase the move would leave on the side that does not own the data.
	 */
	public List<PlanProblem> problems(Plan plan) {
		List<PlanProblem> problems = new ArrayList<>(problems());
		for (Endpoint endpoint : plan.endpoints()) {
			endpoint.refusalAt(this.to)
				.ifPresent(refusal -> problems.add(new PlanProblem(this.context, 0, "cannot move " + this.from.value()
						+ " -> " + this.to.value() + " while " + refusal + " in " + plan.source() + " first")));
		}
		return List.copyOf(problems);
	}

}
