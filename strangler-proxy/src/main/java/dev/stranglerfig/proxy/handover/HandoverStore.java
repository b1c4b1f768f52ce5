package dev.stranglerfig.proxy.handover;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.stranglerfig.plans.control.ControlSchema;
import dev.stranglerfig.plans.control.ControlStateReader;
import dev.stranglerfig.plans.control.Handover;
import dev.stranglerfig.proxy.control.AuditEntry;
import dev.stranglerfig.proxy.control.AuditLog;
import dev.stranglerfig.proxy.control.PlanState;
import dev.stranglerfig.proxy.control.PlanStateStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code handover}, {@code handover_ack} and {@code replica} tables. Every state move is a compare-and-set on the
 * row's state, announced on the control channel in the same transaction.
 */
@Component
class HandoverStore {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	HandoverStore(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
	}

	/**
	 * Records a requested handover of {@code from} to another phase, if the context is still at {@code from}'s version
	 * and has no unsettled handover (the flipped one not committed yet included).
	 * @return its id, or empty when it is not
	 */
	Optional<Long> request(PlanState from, String toPhase, int toPercent, Duration hold, String action, String actor,
			String reason) {
		try {
			return this.transactions.execute(status -> {
				// Taken in turn with phase changes (PlanStateStore.change), so each statement below sees the other's rows.
				this.jdbc.sql("SELECT 1 FROM strangler_control.plan_state WHERE context = :context FOR UPDATE")
					.param("context", from.context())
					.query()
					.listOfRows();
				Optional<Long> id = this.jdbc.sql("""
						INSERT INTO strangler_control.handover (context, from_phase, to_phase, from_percent, to_percent,
						    plan_version, state, deadline, action, actor, reason)
						SELECT :context, :fromPhase, :toPhase, :fromPercent, :toPercent, :version, 'requested',
						    now() + make_interval(secs => :hold), :action, :actor, :reason
						FROM strangler_control.plan_state p
						WHERE p.context = :context AND p.version = :version
						  AND NOT EXISTS (SELECT 1 FROM strangler_control.handover h
						                  WHERE h.context = p.context AND h.state = 'flipped' AND h.plan_version = p.version)
						RETURNING id""")
					.param("context", from.context())
					.param("fromPhase", from.phase().value())
					.param("toPhase", toPhase)
					.param("fromPercent", from.canaryPercent())
					.param("toPercent", toPercent)
					.param("version", from.version())
					.param("hold", hold.toMillis() / 1000.0)
					.param("action", action)
					.param("actor", actor)
					.param("reason", reason)
					.query(Long.class)
					.optional();
				id.ifPresent(requested -> announce(from.context()));
				return id;
			});
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	Optional<Handover> find(long id) {
		return this.jdbc.sql("SELECT * FROM strangler_control.handover WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> ControlStateReader.handover(rs))
			.optional();
	}

	/** Handovers still holding writes, of every context. */
	List<Handover> open() {
		return this.jdbc.sql("SELECT * FROM strangler_control.handover WHERE state IN ('requested', 'held') ORDER BY id")
			.query((rs, row) -> ControlStateReader.handover(rs))
			.list();
	}

	/** The context's handover that holds off every other phase change, if any (see {@code PlanStateStore.change}). */
	Optional<Handover> unsettled(String context) {
		return this.jdbc.sql("""
				SELECT h.* FROM strangler_control.handover h
				JOIN strangler_control.plan_state p ON p.context = h.context
				WHERE h.context = :context AND %s
				ORDER BY h.id DESC LIMIT 1""".formatted(PlanStateStore.UNSETTLED_HANDOVER))
			.param("context", context)
			.query((rs, row) -> ControlStateReader.handover(rs))
			.optional();
	}

	/** Flipped handovers whose phase change nobody committed yet (the replica committing it died first). */
	List<Handover> uncommittedFlips() {
		return this.jdbc.sql("""
				SELECT h.* FROM strangler_control.handover h
				JOIN strangler_control.plan_state p ON p.context = h.context AND p.version = h.plan_version
				WHERE h.state = 'flipped'""")
			.query((rs, row) -> ControlStateReader.handover(rs))
			.list();
	}

	/** This replica has stopped sending the context's writes anywhere, and none of its own is in flight. */
	void acknowledge(long id, String replica) {
		this.jdbc.sql("""
				INSERT INTO strangler_control.handover_ack (handover_id, replica) VALUES (:id, :replica)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("replica", replica)
			.update();
	}

	/**
	 * Moves a requested handover to held once every live replica acknowledged it.
	 * @return whether this call did
	 */
	boolean holdIfAllAcknowledged(Handover handover, Duration replicaTimeout) {
		Boolean held = this.transactions.execute(status -> {
			int updated = this.jdbc.sql("""
					UPDATE strangler_control.handover h SET state = 'held', held_at = now()
					WHERE h.id = :id AND h.state = 'requested' AND h.deadline > now()
					  AND NOT EXISTS (
					    SELECT 1 FROM strangler_control.replica r
					    WHERE r.beat_at > now() - make_interval(secs => :timeout)
					      AND NOT EXISTS (SELECT 1 FROM strangler_control.handover_ack a
					                      WHERE a.handover_id = h.id AND a.replica = r.id))""")
				.param("id", handover.id())
				.param("timeout", replicaTimeout.toMillis() / 1000.0)
				.update();
			if (updated == 1) {
				announce(handover.context());
			}
			return updated == 1;
		});
		return Boolean.TRUE.equals(held);
	}

	/** The live replicas that have not acknowledged a handover, for the reason of an abort. */
	List<String> unacknowledged(long id, Duration replicaTimeout) {
		return this.jdbc.sql("""
				SELECT r.id FROM strangler_control.replica r
				WHERE r.beat_at > now() - make_interval(secs => :timeout)
				  AND NOT EXISTS (SELECT 1 FROM strangler_control.handover_ack a WHERE a.handover_id = :id AND a.replica = r.id)
				ORDER BY r.id""")
			.param("id", id)
			.param("timeout", replicaTimeout.toMillis() / 1000.0)
			.query(String.class)
			.list();
	}

	/**
	 * Aborts a handover still in {@code seen} once its deadline has passed (by the database's clock), and audits why.
	 * @return whether this call aborted it
	 */
	boolean abortIfPastDeadline(Handover seen, String why) {
		Boolean aborted = this.transactions.execute(status -> {
			int updated = this.jdbc.sql("""
					UPDATE strangler_control.handover SET state = 'aborted', outcome = :why, settled_at = now()
					WHERE id = :id AND state = :state AND deadline <= now()""")
				.param("why", why)
				.param("id", seen.id())
				.param("state", seen.state().value())
				.update();
			if (updated == 1) {
				this.audit.record(new AuditEntry(0, null, seen.actor(), seen.context(), "handover-aborted",
						seen.fromPhase().value(), seen.toPhase().value(), seen.fromPercent(), seen.toPercent(), why,
						"{\"handover\": " + seen.id() + "}"));
				announce(seen.context());
			}
			return updated == 1;
		});
		return Boolean.TRUE.equals(aborted);
	}

	void beat(String replica) {
		this.jdbc.sql("""
				INSERT INTO strangler_control.replica (id, beat_at) VALUES (:id, now())
				ON CONFLICT (id) DO UPDATE SET beat_at = now()""")
			.param("id", replica)
			.update();
	}

	void leave(String replica) {
		this.jdbc.sql("DELETE FROM strangler_control.replica WHERE id = :id").param("id", replica).update();
	}

	private void announce(String context) {
		this.jdbc.sql("SELECT pg_notify(:channel, :payload)")
			.param("channel", ControlSchema.CHANNEL)
			.param("payload", ControlSchema.HANDOVER_PAYLOAD_PREFIX + context)
			.query()
			.singleRow();
	}

}
