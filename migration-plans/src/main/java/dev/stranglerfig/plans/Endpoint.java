package dev.stranglerfig.plans;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One endpoint as shoppers call it: an HTTP method and a path pattern of literal segments and
 * {@code {variable}} segments, e.g. {@code GET /api/users/{id}}. An endpoint may hold its own phase,
 * overriding its plan's (e.g. keep one awkward read on legacy while the rest move on). A write's own phase must
 * leave it with the side that owns the data by the plan's phase: the bridge copies from that side only.
 *
 * @param phaseOverride the endpoint's own phase, or {@code null} to follow the plan
 */
public record Endpoint(String method, String path, Phase phaseOverride) {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * Why {@code method} and {@code path} cannot make an endpoint of a plan (the loader's message, e.g. for the path
	 * {@code /}), or empty when they can.
	 */
	public static Optional<String> refusalOf(String method, String path) {
		return EndpointPattern.refusalOfMethod(method).or(() -> EndpointPattern.refusalOfPath(path));
	}

	/** The same for every endpoint a plan may not list twice: {@code GET /api/users/{}} for {id} and {userId}. */
	public String shape() {
		return EndpointPattern.shape(this);
	}

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

	/**
	 * Why this endpoint's own phase cannot stand while its plan is at {@code planPhase}, or empty. The bridge copies
	 * from the side that owns the data by the plan's phase, so a write its own phase sends to the other side would be
	 * lost; reads are served from either side's copy.
	 */
	public Optional<String> refusalAt(Phase planPhase) {
		if (this.phaseOverride == null || safe() || this.phaseOverride.serviceOwnsData() == planPhase.serviceOwnsData()) {
			return Optional.empty();
		}
		String owner = planPhase.serviceOwnsData() ? "the service" : "legacy";
		String other = planPhase.serviceOwnsData() ? "legacy" : "the service";
		String sameSide = Arrays.stream(Phase.values())
			.filter(phase -> phase.serviceOwnsData() == planPhase.serviceOwnsData())
			.map(Phase::value)
			.collect(Collectors.joining(", "));
		return Optional.of(id() + " has phase " + this.phaseOverride.value() + "; with the plan at " + planPhase.value()
				+ " " + owner + " owns the data and the bridge copies it to " + other + ", so writes " + other
				+ " takes would be lost; give it one of " + sameSide + ", or remove its phase");
	}

}
