package dev.stranglerfig.proxy.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.control.ControlSchema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code plan_state} table: each context's live phase, changed only together with its audit entry. */
@Component
public class PlanStateStore {

	/**
	 * SQL over a {@code handover h} and its context's {@code plan_state p}: the handover holds off every other phase
	 * change of the context (requested or held, or flipped and its phase change not committed yet).
	 */
	public static final String UNSETTLED_HANDOVER = "(h.state IN ('requested', 'held')"
			+ " OR (h.state = 'flipped' AND h.plan_version = p.version))";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	PlanStateStore(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
	}

	/**
	 * Starts a context at its plan file's phase unless it already has a live state; several replicas may do
	 * this at once, and the first one wins.
	 */
	void seed(Plan plan) {
		this.transactions.executeWithoutResult(status -> {
			int inserted = this.jdbc.sql("""
					INSERT INTO strangler_control.plan_state (context, phase, canary_percent, updated_by, reason)
					VALUES (:context, :phase, :percent, 'plan-file', :reason)
					ON CONFLICT (context) DO NOTHING""")
				.param("context", plan.context())
				.param("phase", plan.phase().value())
				.param("percent", plan.canary().percent())
				.param("reason", "first seen in " + plan.source())
				.update();
			if (inserted == 1) {
				this.audit.record(new AuditEntry(0, null, "plan-file", plan.context(), "seed", null,
						plan.phase().value(), null, plan.canary().percent(), "first seen in " + plan.source(), null));
			}
		});
	}

	/**
	 * @throws IllegalStateException when a row holds something that is not a phase
	 */
	List<PlanState> states() {
		return this.jdbc.sql("SELECT * FROM strangler_control.plan_state ORDER BY context").query(PlanStateStore::state).list();
	}

	public Optional<PlanState> state(String context) {
		return this.jdbc.sql("SELECT * FROM strangler_control.plan_state WHERE context = :context")
			.param("context", context)
			.query(PlanStateStore::state)
			.optional();
	}

	/**
	 * Applies the change if nobody changed the context since {@code change.from()} was read and no write-ownership
	 * handover of it is unsettled (requested or held, or flipped and not yet committed), audits it and tells every
	 * replica (the notification is delivered when the transaction commits). Checked in the same statement, so no replica
	 * can slip a change in between a handover's request and its commit, which would leave the flip uncommitted.
	 * @return whether the change was applied
	 */
	boolean change(PhaseChange change) {
		// Handover ids start at 1: an ordinary change excuses none.
		return change(change, 0);
	}

	/**
	 * Commits the phase change of the flipped handover {@code handover}, on the conditions of {@link #change}, that
	 * handover aside.
	 * @return whether this call committed it
	 */
	boolean commit(PhaseChange change, long handover) {
		return change(change, handover);
	}

	private boolean change(PhaseChange change, long committing) {
		Boolean applied = this.transactions.execute(status -> {
			// The row lock first: a handover requested meanwhile (HandoverStore.request takes it too) has then committed
			// before the statement below takes its snapshot. Waiting in the UPDATE itself would re-check only this row.
			this.jdbc.sql("SELECT 1 FROM strangler_control.plan_state WHERE context = :context FOR UPDATE")
				.param("context", change.from().context())
				.query()
				.listOfRows();
			int updated = this.jdbc.sql("""
					UPDATE strangler_control.plan_state p
					SET phase = :phase, canary_percent = :percent, version = version + 1, updated_at = now(),
					    updated_by = :actor, reason = :reason
					WHERE p.context = :context AND p.version = :version
					  AND NOT EXISTS (
					    SELECT 1 FROM strangler_control.handover h
					    WHERE h.context = p.context AND h.id <> :committing AND %s)""".formatted(UNSETTLED_HANDOVER))
				.param("phase", change.toPhase().value())
				.param("percent", change.toPercent())
				.param("actor", change.actor())
				.param("reason", change.reason())
				.param("context", change.from().context())
				.param("version", change.from().version())
				.param("committing", committing)
				.update();
			if (updated == 0) {
				return false;
			}
			this.audit.record(change.auditEntry());
			this.jdbc.sql("SELECT pg_notify(:channel, :context)")
				.param("channel", ControlSchema.CHANNEL)
				.param("context", change.from().context())
				.query()
				.singleRow();
			return true;
		});
		return Boolean.TRUE.equals(applied);
	}

	private static PlanState state(ResultSet rs, int row) throws SQLException {
		String context = rs.getString("context");
		Phase phase;
		try {
			phase = Phase.of(rs.getString("phase"));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("plan_state of " + context + ": " + ex.getMessage(), ex);
		}
		return new PlanState(context, phase, rs.getInt("canary_percent"), rs.getLong("version"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getString("reason"));
	}

}
