package dev.stranglerfig.proxy.control;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One line of the audit trail: who did what to which context, and why.
 *
 * @param action {@code apply}, {@code revert}, {@code rollback}, {@code seed}, {@code reload},
 * {@code apply-rejected}, {@code validate-rejected}, {@code reload-rejected} or {@code auth-failed}
 * @param detail extra facts as a JSON document, or {@code null}
 */
public record AuditEntry(long id, Instant at, String actor, String context, String action, String fromPhase,
		String toPhase, Integer fromPercent, Integer toPercent, String reason,
		String detail) {

	/** An entry still to be written (the database assigns id and time). */
	public static AuditEntry of(String actor, String context, String action, String reason,
		String detail) {
		return new AuditEntry(0, null, actor, context, action, null, null, null, null, reason, detail);
	}

	/** Written as the JSON document it is, not as a string holding JSON. */
	@Override
	@JsonRawValue
	public String detail() {
		return this.detail;
	}

}
