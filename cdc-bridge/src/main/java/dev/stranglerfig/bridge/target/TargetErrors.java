package dev.stranglerfig.bridge.target;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a target that cannot take a batch right now (down, restarting, refusing connections, a conflict worth
 * retrying) from a row the target refuses for good. The first is retried with backoff; the second goes to the
 * dead-letter table.
 */
public final class TargetErrors {

	/** SQL state classes of a connection lost or refused (08), an operator intervention such as a shutdown (57), too
	 * many connections or no memory (53), and a transaction rolled back by a conflict (40). */
	private static final Set<String> RETRYABLE_CLASSES = Set.of("08", "57", "53", "40");

	/** The replication origin is still held by the session of a connection that has not gone yet. */
	private static final String ORIGIN_IN_USE = "55006";

	/** {@code object_not_in_prerequisite_state}: among others, a database not accepting connections. */
	private static final String NOT_IN_PREREQUISITE_STATE = "55000";

	/**
	 * The target's tables changed under the bridge or its rights were taken (42: undefined column or table, insufficient
	 * privilege, no unique constraint for ON CONFLICT), or a lock timed out (55P03): every row would fail alike, so
	 * they are failures of the stream, never of a row.
	 */
	private static final String TARGET_CHANGED_CLASS = "42";

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final String FOREIGN_KEY_VIOLATION = "23503";

	private TargetErrors() {
	}

	/** Whether the failure says the target is unavailable for now, anywhere in its chain. */
	public static boolean unavailable(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && unavailableState(sql)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the failure says the target's tables or rights changed (or a lock timed out): retried after a re-check. */
	public static boolean targetChanged(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith(TARGET_CHANGED_CLASS) || LOCK_NOT_AVAILABLE.equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the target refused a row because a row it references is missing (or one referencing it remains). */
	public static boolean missingParent(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static boolean unavailableState(SQLException failure) {
		String state = failure.getSQLState();
		if (state == null || state.length() < 2) {
			return false;
		}
		if (RETRYABLE_CLASSES.contains(state.substring(0, 2)) || ORIGIN_IN_USE.equals(state)) {
			return true;
		}
		String message = String.valueOf(failure.getMessage());
		return NOT_IN_PREREQUISITE_STATE.equals(state) && message.contains("accepting connections");
	}

	private static Throwable next(Throwable failure) {
		if (failure instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return failure.getCause();
	}

}
