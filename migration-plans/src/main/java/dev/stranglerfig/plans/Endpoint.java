package dev.stranglerfig.plans;

import java.util.Set;

/**
 * One endpoint as shoppers call it: an HTTP method and a path pattern of literal segments and
 * {@code {variable}} segments, e.g. {@code GET /api/users/{id}}. An endpoint may hold its own phase,
 * overriding its plan's (e.g. keep one awkward endpoint on legacy while the rest move on).
 *
 * @param phaseOverride the endpoint's own phase, or {@code null} to follow the plan
 */
public record Endpoint(String method, String path, Phase phaseOverride) {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/** How the endpoint is named in messages, metrics and the admin API: {@code GET /api/users/{id}}. */
	public String id() {
		return this.method + " " + this.path;
	}

	/** Safe requests change nothing, so they may be shadowed and replayed on legacy. */
	public boolean safe() {
		return SAFE_METHODS.contains(this.method);
	}

	public Phase phaseIn(Plan plan) {
		return (this.phaseOverride != null) ? this.phaseOverride : plan.phase();
	}

}
