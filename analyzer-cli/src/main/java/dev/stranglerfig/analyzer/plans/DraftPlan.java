package dev.stranglerfig.analyzer.plans;

import java.util.List;

/**
 * One context's draft plan as YAML, or why there is none ({@code yaml} null): a plan needs at least one
 * endpoint, and a context without any is not a service of its own yet.
 *
 * @param notes what was left out of the plan and why (endpoints the plan format cannot express, tables whose
 *        key is unknown), also written into the file as comments
 */
public record DraftPlan(String context, String yaml, List<String> notes) {

	public String fileName() {
		return this.context + ".yaml";
	}

}
