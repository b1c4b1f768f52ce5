package dev.stranglerfig.proxy.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.stranglerfig.proxy.control.LivePlan;
import dev.stranglerfig.proxy.control.PlanState;

/**
 * A context as the admin API shows it: what its file says, what serves now, and the last change.
 *
 * @param filePhase the phase in the plan file (the desired state under review)
 * @param livePhase the phase serving now
 */
record PlanView(String context, String service, URI serviceUrl, String filePhase, String livePhase,
		int canaryPercent, long version, List<EndpointView> endpoints, LastChange lastChange) {

	static PlanView of(LivePlan plan) {
		PlanState state = plan.state();
		List<EndpointView> endpoints = plan.live()
			.endpoints()
			.stream()
			.map(endpoint -> new EndpointView(endpoint.id(), endpoint.phaseIn(plan.live()).value()))
			.toList();
		return new PlanView(plan.context(), plan.file().service().name(), plan.file().service().url(),
				plan.file().phase().value(), state.phase().value(), state.canaryPercent(), state.version(), endpoints,
				new LastChange(state.updatedAt(), state.updatedBy(), state.reason()));
	}

	/** @param phase the endpoint's live phase (its own override, or its plan's) */
	record EndpointView(String id, String phase) {
	}

	record LastChange(Instant at, String by, String reason) {
	}

}
