package dev.stranglerfig.proxy.control;

import dev.stranglerfig.plans.Phase;

/**
 * A phase change that moves the ownership of a context's data (into {@code writes}/{@code retired} or back) goes
 * through a handover: writes held on every replica, the CDC bridge drained and flipped, then the change committed.
 */
public interface OwnershipHandovers {

	/**
	 * Hands the context over and answers once the phase change is committed.
	 * @param action how the audit trail names the change ({@code apply} or {@code revert})
	 * @throws ControlException {@link ControlException.Kind#UNAVAILABLE} when the handover was aborted (nothing
	 * changed), {@link ControlException.Kind#CONFLICT} when another one is under way
	 */
	PlanState handOver(PlanState from, Phase to, int toPercent, String action, String actor, String reason);

}
