package dev.stranglerfig.proxy.control;

import java.util.Optional;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.control.Handover;

/**
 * A phase change that moves the ownership of a context's data (into {@code writes}/{@code retired} or back) goes
 * through a handover: writes held on every replica, the CDC bridge drained and flipped, then the change committed.
 */
public interface OwnershipHandovers {

	/**
	 * Hands the context over and answers once the phase change is committed.
	 * @param action how the audit trail names the change ({@code apply} or {@code revert})
	 * @return the committed state, or empty when no handover could be asked for: the context moved since {@code from}
	 * was read, or another handover of it is unsettled
	 * @throws ControlException {@link ControlException.Kind#UNAVAILABLE} when the handover was aborted (nothing
	 * changed), {@link ControlException.Kind#CONFLICT} when it flipped but the committed phase is not its target
	 */
	Optional<PlanState> handOver(PlanState from, Phase to, int toPercent, String action, String actor, String reason);

	/** The context's handover that is requested, held, or flipped and not yet committed. */
	Optional<Handover> unsettled(String context);

}
