package dev.stranglerfig.plans.control;

import java.time.Instant;

import dev.stranglerfig.plans.Phase;

/**
 * One write-ownership handover of a context, as stored in {@link ControlSchema#HANDOVER}.
 *
 * @param planVersion the {@code plan_state} version the move was decided on: the phase changes only on that version
 * @param deadline when the replicas give up holding writes and abort
 * @param outcome why it was aborted, or {@code null}
 */
public record Handover(long id, String context, Phase fromPhase, Phase toPhase, int fromPercent, int toPercent,
		long planVersion, HandoverState state, Instant deadline, String action, String actor, String reason,
		String outcome) {

	/** Whether the move changes which side owns the context's data. */
	public static boolean crossesOwnership(Phase from, Phase to) {
		return from.serviceOwnsData() != to.serviceOwnsData();
	}

}
