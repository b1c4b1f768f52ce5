package dev.stranglerfig.proxy.control;

import dev.stranglerfig.plans.Phase;

/**
 * A move of one context to another phase, based on the state version it was decided on.
 *
 * @param action how the audit trail names it: {@code apply}, {@code revert} or {@code rollback}
 * @param detail extra facts for the audit entry as a JSON document (e.g. the checks a forced move overrode), or
 * {@code null}
 */
record PhaseChange(PlanState from, Phase toPhase, int toPercent, String actor, String reason, String action,
		String detail) {

	PhaseChange(PlanState from, Phase toPhase, int toPercent, String actor, String reason, String action) {
		this(from, toPhase, toPercent, actor, reason, action, null);
	}

	AuditEntry auditEntry() {
		return new AuditEntry(0, null, this.actor, this.from.context(), this.action, this.from.phase().value(),
				this.toPhase.value(), this.from.canaryPercent(), this.toPercent, this.reason, this.detail);
	}

}
