package dev.stranglerfig.proxy.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.control.Handover;
import dev.stranglerfig.plans.control.HandoverState;
import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.control.ControlException;
import dev.stranglerfig.proxy.control.ControlException.Kind;
import dev.stranglerfig.proxy.control.OwnershipHandovers;
import dev.stranglerfig.proxy.control.PlanState;
import dev.stranglerfig.proxy.control.PlanStateStore;

import org.springframework.stereotype.Component;

/**
 * The admin replica's side of a handover: records the request (every replica, this one included, learns of it through
 * the control channel), waits for its outcome (at most the hold, plus a
 * moment for the replica that aborts or commits), and answers with the committed state or the reason it was aborted.
 */
@Component
class HandoverRequests implements OwnershipHandovers {

	private static final Duration POLL = Duration.ofMillis(20);

	/** Beyond the deadline, how long to wait for some replica to settle the handover before doing it here. */
	private static final Duration GRACE = Duration.ofMillis(500);

	private final HandoverStore store;

	private final PlanStateStore states;

	private final MeterRegistry meters;

	private final Duration hold;

	HandoverRequests(HandoverStore store, PlanStateStore states, MeterRegistry meters,
			ProxyProperties properties) {
		this.store = store;
		this.states = states;
		this.meters = meters;
		this.hold = properties.handover().hold();
	}

	@Override
	public Optional<PlanState> handOver(PlanState from, Phase to, int toPercent, String action, String actor,
			String reason) {
		Optional<Long> requested = this.store.request(from, to.value(), toPercent, this.hold, action, actor, reason);
		if (requested.isEmpty()) {
			return Optional.empty();
		}
		Handover settled = awaitSettled(requested.get());
		this.meters.counter("strangler.handovers", "context", from.context(), "outcome", settled.state().value())
			.increment();
		if (settled.state() == HandoverState.ABORTED) {
			throw new ControlException(Kind.UNAVAILABLE, "the write-ownership handover of " + from.context() + " ("
					+ from.phase().value() + " -> " + to.value() + ") was aborted: " + settled.outcome()
					+ "; the phase is unchanged and writes go on to the old owner");
		}
		return Optional.of(awaitCommitted(settled));
	}

	@Override
	public Optional<Handover> unsettled(String context) {
		return this.store.unsettled(context);
	}

	private Handover awaitSettled(long id) {
		while (true) {
			Handover handover = this.store.find(id).orElseThrow();
			if (!handover.state().open()) {
				return handover;
			}
			if (Instant.now().isAfter(handover.deadline().plus(GRACE))) {
				this.store.abortIfPastDeadline(handover, (handover.state() == HandoverState.HELD)
						? "the CDC bridge did not drain and flip " + handover.context() + " before the deadline"
						: "not every proxy replica acknowledged before the deadline");
			}
			pause();
		}
	}

	/**
	 * The phase change is committed by the first replica to see the flip (usually this one's coordinator). Nothing
	 * else may change the phase before it, so a later version at another phase means it was changed by hand.
	 */
	private PlanState awaitCommitted(Handover flipped) {
		Instant deadline = Instant.now().plus(this.hold).plus(GRACE);
		while (true) {
			PlanState state = this.states.state(flipped.context()).orElseThrow();
			if (state.version() > flipped.planVersion()) {
				if (state.phase() == flipped.toPhase() && state.canaryPercent() == flipped.toPercent()) {
					return state;
				}
				throw new ControlException(Kind.CONFLICT, "the write-ownership handover of " + flipped.context() + " ("
						+ flipped.fromPhase().value() + " -> " + flipped.toPhase().value() + ") flipped, so the CDC bridge "
						+ "captures the new owner, but " + flipped.context() + " is now in " + state.phase().value() + " "
						+ state.canaryPercent() + "% (version " + state.version() + ", changed by " + state.updatedBy()
						+ "): see the audit trail and set the phase the data ownership needs");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new ControlException(Kind.UNAVAILABLE, "the handover of " + flipped.context()
						+ " flipped but no replica committed the phase change yet; read the plan again in a moment");
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ControlException(Kind.UNAVAILABLE, "interrupted while waiting for a handover");
		}
	}

}
