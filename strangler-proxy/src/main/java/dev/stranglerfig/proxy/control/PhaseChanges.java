package dev.stranglerfig.proxy.control;

import java.util.Optional;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.PlanProblem;
import dev.stranglerfig.plans.control.Handover;
import dev.stranglerfig.proxy.control.ControlException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The only way a live phase changes: an operator's move, a revert, or a guard's rollback. Each is checked
 * against the phase rules, applied only on the state version it was decided on, audited, and announced to
 * every replica. While a write-ownership handover of a context is unsettled, nothing else changes its phase: the
 * handover's commit is the next change.
 */
@Component
public class PhaseChanges {

	private static final Logger logger = LoggerFactory.getLogger(PhaseChanges.class);

	private final PlanStateStore store;

	private final AuditLog audit;

	private final LivePlans plans;

	private final OwnershipHandovers handovers;

	PhaseChanges(PlanStateStore store, AuditLog audit, LivePlans plans, OwnershipHandovers handovers) {
		this.store = store;
		this.audit = audit;
		this.plans = plans;
		this.handovers = handovers;
	}

	/**
	 * Whether moving the context to {@code to} moves the ownership of data the CDC bridge keeps in sync, and so needs
	 * a handover. A plan that maps no tables has nothing to hand over.
	 */
	public boolean needsHandover(String context, Phase from, Phase to) {
		boolean mapsTables = this.plans.plan(context)
			.map(plan -> plan.file().tables() != null && !plan.file().tables().isEmpty())
			.orElse(false);
		return mapsTables && Handover.crossesOwnership(from, to);
	}

	/**
	 * Why the move would leave a write endpoint with a phase of its own on the side that does not own the data at
	 * {@code to} (its writes would not reach the owner), as the plan loader refuses such a plan.
	 */
	private Optional<String> writesLeftBehind(String context, Phase from, Phase to) {
		return this.plans.plan(context)
			.flatMap(plan -> new dev.stranglerfig.plans.PhaseChange(context, from, 0, to, 0).problems(plan.file())
				.stream()
				.map(PlanProblem::message)
				.findFirst());
	}

	/**
	 * Commits the phase change of a flipped handover, on the plan version it was decided on: of the replicas seeing
	 * the flip, one commits it.
	 * @return whether this call committed it
	 */
	public boolean commitHandover(Handover flipped) {
		PlanState decidedOn = new PlanState(flipped.context(), flipped.fromPhase(), flipped.fromPercent(),
				flipped.planVersion(), null, null, null);
		boolean committed = this.store.commit(new PhaseChange(decidedOn, flipped.toPhase(), flipped.toPercent(),
				flipped.actor(), flipped.reason(), flipped.action()), flipped.id());
		this.plans.refresh();
		if (!committed) {
			// Losing to another replica's commit is the usual case; anything else moved the phase by hand.
			this.store.state(flipped.context())
				.filter(live -> live.phase() != flipped.toPhase() || live.canaryPercent() != flipped.toPercent())
				.ifPresent(live -> logger.error("Handover {} of {} flipped ({} -> {}), so the CDC bridge captures the new "
						+ "owner, but its phase change was not committed: the live phase is {} {}% at version {}, changed "
						+ "by {}", flipped.id(), flipped.context(), flipped.fromPhase().value(), flipped.toPhase().value(),
						live.phase().value(), live.canaryPercent(), live.version(), live.updatedBy()));
		}
		return committed;
	}

	/**
	 * The context's write-ownership handover that is not settled yet (requested, held, or flipped and not committed):
	 * while there is one, every other phase change of the context is refused.
	 */
	public Optional<Handover> unsettledHandover(String context) {
		return this.handovers.unsettled(context);
	}

	/**
	 * Moves a context to {@code phase}.
	 * @param canaryPercent the new canary share, or {@code null} to keep the current one
	 */
	public PlanState apply(String context, Phase phase, Integer canaryPercent, String reason, String actor) {
		return apply(context, phase, canaryPercent, reason, actor, null);
	}

	/**
	 * Moves a context to {@code phase}, recording {@code detail} (a JSON document, or {@code null}) in its audit entry,
	 * refused or applied.
	 */
	public PlanState apply(String context, Phase phase, Integer canaryPercent, String reason, String actor,
			String detail) {
		PlanState current = currentState(context);
		int percent = (canaryPercent != null) ? canaryPercent : current.canaryPercent();
		String refusal = null;
		if (reason == null || reason.isBlank()) {
			refusal = "reason is required: say why the phase changes, it goes into the audit trail";
		}
		else if (percent < 0 || percent > 100) {
			refusal = "canaryPercent must be between 0 and 100, not " + percent;
		}
		else {
			refusal = current.phase().refusalOfMoveTo(phase).or(() -> writesLeftBehind(context, current.phase(), phase))
				.orElse(null);
		}
		if (refusal != null) {
			this.audit.record(new AuditEntry(0, null, actor, context, "apply-rejected", current.phase().value(),
					phase.value(), current.canaryPercent(), percent, reason, detail));
			throw new ControlException(Kind.INVALID, refusal);
		}
		return change(new PhaseChange(current, phase, percent, actor, reason, "apply", detail));
	}

	/**
	 * Undoes the last change of a context (an apply, a rollback or a revert) found in the audit trail; a refusal is
	 * audited as {@code revert-rejected}.
	 */
	public PlanState revert(String context, String reason, String actor) {
		PlanState current = currentState(context);
		Optional<AuditEntry> last = this.audit.lastChange(context);
		PhaseChange change;
		try {
			change = revertOf(current, last, reason, actor);
		}
		catch (ControlException refused) {
			this.audit.record(new AuditEntry(0, null, actor, context, "revert-rejected", current.phase().value(),
					last.map(AuditEntry::fromPhase).orElse(null), current.canaryPercent(),
					last.map(AuditEntry::fromPercent).orElse(null), reason, null));
			throw refused;
		}
		return change(change);
	}

	/** The change that undoes {@code last}, or why there is none. */
	private PhaseChange revertOf(PlanState current, Optional<AuditEntry> lastChange, String reason, String actor) {
		String context = current.context();
		if (reason == null || reason.isBlank()) {
			throw new ControlException(Kind.INVALID, "reason is required: say why the change is reverted");
		}
		AuditEntry last = lastChange.orElseThrow(() -> new ControlException(Kind.INVALID,
				"nothing to revert: no phase change of " + context + " has been applied yet"));
		if (!current.phase().value().equals(last.toPhase())) {
			throw new ControlException(Kind.CONFLICT, context + " is in " + current.phase().value()
					+ ", not in " + last.toPhase() + " where its last audited change left it; apply a phase instead");
		}
		Phase target = Phase.of(last.fromPhase());
		current.phase().refusalOfMoveTo(target).or(() -> writesLeftBehind(context, current.phase(), target))
			.ifPresent(refusal -> {
				throw new ControlException(Kind.INVALID, "cannot revert: " + refusal);
			});
		return new PhaseChange(current, target, last.fromPercent(), actor, reason, "revert");
	}

	/**
	 * A guard's rollback of one phase, applied only if the context is still at the version the guard
	 * evaluated, so replicas seeing the same breach roll back once. Never across the ownership line of a plan that
	 * maps tables: handing ownership back holds every write and needs the bridge, which an operator decides.
	 * @return whether this call rolled the context back
	 */
	public boolean rollBack(String context, long evaluatedVersion, String reason) {
		PlanState current = this.store.state(context).orElse(null);
		if (current == null || current.version() != evaluatedVersion || current.phase() == Phase.LEGACY
				|| needsHandover(context, current.phase(), current.phase().previous())) {
			return false;
		}
		boolean applied = this.store.change(new PhaseChange(current, current.phase().previous(),
				current.canaryPercent(), "guard", reason, "rollback"));
		if (applied) {
			this.plans.refresh();
		}
		return applied;
	}

	private PlanState change(PhaseChange change) {
		PlanState from = change.from();
		if (needsHandover(from.context(), from.phase(), change.toPhase())) {
			PlanState committed = this.handovers
				.handOver(from, change.toPhase(), change.toPercent(), change.action(), change.actor(), change.reason())
				.orElseThrow(() -> refusal(change));
			this.plans.refresh();
			return committed;
		}
		if (!this.store.change(change)) {
			throw refusal(change);
		}
		this.plans.refresh();
		return currentState(change.from().context());
	}

	/** Why a change was not applied: a handover under way (an operator's refused move is audited), or another change. */
	private ControlException refusal(PhaseChange change) {
		String context = change.from().context();
		Optional<Handover> underWay = this.handovers.unsettled(context);
		if (underWay.isEmpty()) {
			return new ControlException(Kind.CONFLICT, context + " was changed concurrently; read its state again and retry");
		}
		Handover handover = underWay.get();
		if (change.action().equals("apply") || change.action().equals("revert")) {
			this.audit.record(new AuditEntry(0, null, change.actor(), context, change.action() + "-rejected",
					change.from().phase().value(), change.toPhase().value(), change.from().canaryPercent(),
					change.toPercent(), change.reason(), change.detail()));
		}
		return new ControlException(Kind.CONFLICT, context + " is in the middle of write-ownership handover "
				+ handover.id() + " (" + handover.fromPhase().value() + " -> " + handover.toPhase().value() + ", asked by "
				+ handover.actor() + ", " + handover.state().value() + "): no other phase change until it is settled; "
				+ "wait for its outcome and retry");
	}

	private PlanState currentState(String context) {
		if (this.plans.plan(context).isEmpty()) {
			throw new ControlException(Kind.UNKNOWN_CONTEXT, "no plan has the context '" + context + "'");
		}
		return this.store.state(context)
			.orElseThrow(() -> new ControlException(Kind.UNKNOWN_CONTEXT, "no live state for '" + context + "'"));
	}

}
