package dev.stranglerfig.plans;

/**
 * One thing wrong with a plan, where it is and how to fix it.
 *
 * @param line 1-based line in the source, or 0 when the problem is not at one place
 */
public record PlanProblem(String source, int line, String message) {

	@Override
	public String toString() {
		return (this.line > 0) ? this.source + ":" + this.line + ": " + this.message : this.source + ": " + this.message;
	}

}
