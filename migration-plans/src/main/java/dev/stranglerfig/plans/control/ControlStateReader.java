package dev.stranglerfig.plans.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.stranglerfig.plans.Phase;

/**
 * Reads the live control state and moves a held handover to flipped (or aborted), with plain JDBC so that any process
 * (the CDC bridge, a CLI) can take part without the proxy's code.
 */
public final class ControlStateReader {

	private static final String HANDOVER_COLUMNS = "id, context, from_phase, to_phase, from_percent, to_percent, "
			+ "plan_version, state, deadline, action, actor, reason, outcome";

	private ControlStateReader() {
	}

	/** Whether the proxy has created the control schema in this database yet. */
	public static boolean present(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL AND to_regclass(?) IS NOT NULL")) {
			statement.setString(1, ControlSchema.PLAN_STATE);
			statement.setString(2, ControlSchema.HANDOVER);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getBoolean(1);
			}
		}
	}

	/** The context's live phase, or empty when it has none yet (the plan file's phase applies then). */
	public static Optional<Phase> livePhase(Connection connection, String context) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT phase FROM " + ControlSchema.PLAN_STATE + " WHERE context = ?")) {
			statement.setString(1, context);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? Optional.of(Phase.of(rows.getString(1))) : Optional.empty();
			}
		}
	}

	/**
	 * The phase whose owner takes the context's writes: the live phase, or the target of a handover that flipped but
	 * whose phase change no proxy replica has committed yet (the flip is the point of no return). Empty when the
	 * context has no live state yet.
	 */
	public static Optional<Phase> ownerPhase(Connection connection, String context) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE((SELECT h.to_phase FROM "
				+ ControlSchema.HANDOVER + " h JOIN " + ControlSchema.PLAN_STATE + " p ON p.context = h.context"
				+ " AND p.version = h.plan_version WHERE h.context = ? AND h.state = 'flipped' ORDER BY h.id DESC LIMIT 1),"
				+ " (SELECT phase FROM " + ControlSchema.PLAN_STATE + " WHERE context = ?))")) {
			statement.setString(1, context);
			statement.setString(2, context);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				String phase = rows.getString(1);
				return (phase != null) ? Optional.of(Phase.of(phase)) : Optional.empty();
			}
		}
	}

	/** The context's handovers in a state, oldest first. */
	public static List<Handover> handovers(Connection connection, String context, HandoverState state) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT " + HANDOVER_COLUMNS + " FROM "
				+ ControlSchema.HANDOVER + " WHERE context = ? AND state = ? ORDER BY id")) {
			statement.setString(1, context);
			statement.setString(2, state.value());
			try (ResultSet rows = statement.executeQuery()) {
				List<Handover> found = new ArrayList<>();
				while (rows.next()) {
					found.add(handover(rows));
				}
				return found;
			}
		}
	}

	/**
	 * Moves a held handover to flipped, unless it was aborted (or flipped) first, and tells every replica. Only on the
	 * {@code plan_state} version it was decided on: had the phase changed meanwhile (by hand), the proxies could not
	 * commit the handover's phase change, so it is aborted instead, with the reason and an audit entry.
	 * @return whether this call flipped it
	 */
	public static boolean flip(Connection connection, long handoverId) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			String flipped = settle(connection, handoverId, "UPDATE " + ControlSchema.HANDOVER + " h"
					+ " SET state = 'flipped', settled_at = now() FROM " + ControlSchema.PLAN_STATE + " p"
					+ " WHERE h.id = ? AND h.state = 'held' AND p.context = h.context AND p.version = h.plan_version"
					+ " RETURNING h.context");
			String context = (flipped != null) ? flipped : settle(connection, handoverId, "WITH aborted AS (UPDATE "
					+ ControlSchema.HANDOVER + " h SET state = 'aborted', settled_at = now(), outcome = 'the live phase of '"
					+ " || h.context || ' was changed to ' || p.phase || ' (version ' || p.version || ') while its writes"
					+ " were held; the CDC bridge did not flip' FROM " + ControlSchema.PLAN_STATE + " p"
					+ " WHERE h.id = ? AND h.state = 'held' AND p.context = h.context AND p.version <> h.plan_version"
					+ " RETURNING h.*) INSERT INTO " + ControlSchema.AUDIT + " (actor, context, action, from_phase,"
					+ " to_phase, from_percent, to_percent, reason, detail) SELECT actor, context, 'handover-aborted',"
					+ " from_phase, to_phase, from_percent, to_percent, outcome, jsonb_build_object('handover', id)"
					+ " FROM aborted RETURNING context");
			if (context == null) {
				connection.rollback();
				return false;
			}
			notify(connection, ControlSchema.HANDOVER_PAYLOAD_PREFIX + context);
			connection.commit();
			return flipped != null;
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** Runs a handover's compare-and-set; the context when it moved, else {@code null}. */
	private static String settle(Connection connection, long handoverId, String update) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(update)) {
			statement.setLong(1, handoverId);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

	private static void notify(Connection connection, String payload) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
			statement.setString(1, ControlSchema.CHANNEL);
			statement.setString(2, payload);
			statement.execute();
		}
	}

	/** A handover row read with {@code SELECT} of every column. */
	public static Handover handover(ResultSet rows) throws SQLException {
		return new Handover(rows.getLong("id"), rows.getString("context"), Phase.of(rows.getString("from_phase")),
				Phase.of(rows.getString("to_phase")), rows.getInt("from_percent"), rows.getInt("to_percent"),
				rows.getLong("plan_version"), HandoverState.of(rows.getString("state")),
				rows.getTimestamp("deadline").toInstant(), rows.getString("action"), rows.getString("actor"),
				rows.getString("reason"), rows.getString("outcome"));
	}

}
