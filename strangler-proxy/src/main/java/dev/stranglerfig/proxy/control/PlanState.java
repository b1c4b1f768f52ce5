package dev.stranglerfig.proxy.control;

import java.time.Instant;

import dev.stranglerfig.plans.Phase;

/**
 * A context's live phase as stored in {@code plan_state}; it wins over the plan file's phase.
 *
 * @param version bumped by every change, so a change based on a stale read loses cleanly
 */
public record PlanState(String context, Phase phase, int canaryPercent, long version, Instant updatedAt,
		String updatedBy, String reason) {
}
