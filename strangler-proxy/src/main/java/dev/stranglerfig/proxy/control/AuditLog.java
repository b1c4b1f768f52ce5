package dev.stranglerfig.proxy.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code audit} table: every change, rollback and refused attempt, newest last. */
@Component
public class AuditLog {

	/** Actions that moved a context's phase, and so can be reverted. */
	static final List<String> CHANGES = List.of("apply", "revert", "rollback");

	private static final String COLUMNS = "id, at, actor, context, action, from_phase, to_phase, from_percent, "
			+ "to_percent, reason, detail::text AS detail";

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the id the entry was given */
	public long record(AuditEntry entry) {
		return this.jdbc.sql("""
				INSERT INTO strangler_control.audit (actor, context, action, from_phase, to_phase, from_percent, to_percent, reason, detail)
				VALUES (:actor, :context, :action, :fromPhase, :toPhase, :fromPercent, :toPercent, :reason,
				        CAST(:detail AS jsonb))
				RETURNING id""")
			.paramSource(entry)
			.query(Long.class)
			.single();
	}

	/** The id of the newest {@code reload} of the plan files, 0 when there was none. */
	long latestReload() {
		return latestReloadBefore(Long.MAX_VALUE);
	}

	/** The id of the newest {@code reload} of the plan files below {@code id}, 0 when there was none. */
	long latestReloadBefore(long id) {
		return this.jdbc.sql("SELECT coalesce(max(id), 0) FROM strangler_control.audit WHERE action = 'reload' AND id < :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** Newest first; {@code context} may be {@code null} for all contexts. */
	public List<AuditEntry> latest(String context, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM strangler_control.audit WHERE (CAST(:context AS text) IS NULL OR context = :context) "
					+ "ORDER BY id DESC LIMIT :limit")
			.param("context", context)
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/** The last change that moved the context's phase. */
	Optional<AuditEntry> lastChange(String context) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM strangler_control.audit WHERE context = :context AND action IN (:actions) "
					+ "ORDER BY id DESC LIMIT 1")
			.param("context", context)
			.param("actions", CHANGES)
			.query(AuditLog::entry)
			.optional();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("context"), rs.getString("action"), rs.getString("from_phase"), rs.getString("to_phase"),
				rs.getObject("from_percent", Integer.class), rs.getObject("to_percent", Integer.class),
				rs.getString("reason"), rs.getString("detail"));
	}

}
