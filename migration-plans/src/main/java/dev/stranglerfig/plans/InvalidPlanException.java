package dev.stranglerfig.plans;

import java.util.List;
import java.util.stream.Collectors;

/** A plan (or set of plans) that must not be applied, with every problem found. */
public class InvalidPlanException extends Exception {

	private final List<PlanProblem> problems;

	public InvalidPlanException(List<PlanProblem> problems) {
		super(problems.stream().map(PlanProblem::toString).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
	}

	public List<PlanProblem> problems() {
		return this.problems;
	}

}
