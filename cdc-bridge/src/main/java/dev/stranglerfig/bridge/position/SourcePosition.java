package dev.stranglerfig.bridge.position;

import java.util.Map;

/**
 * Debezium's position of a change in the source: the partition and offset maps of the PostgreSQL connector.
 * Streamed changes are ordered by (commit LSN of the transaction before, LSN of the change): the same pair the
 * connector uses itself ({@code source.sequence}) to resume inside a partly processed transaction.
 */
public record SourcePosition(Map<String, ?> partition, Map<String, ?> offset) {

	private static final String SNAPSHOT = "snapshot";

	private static final String LSN = "lsn";

	private static final String LAST_COMMIT_LSN = "lsn_commit";

	private static final String TRANSACTION = "txId";

	/**
	 * A row read by a snapshot rather than streamed from the WAL. Debezium 3 names the snapshot's kind there
	 * ({@code INITIAL}, ...); older versions wrote {@code true}; streamed changes carry no such key.
	 */
	public boolean snapshot() {
		Object snapshot = this.offset.get(SNAPSHOT);
		return snapshot != null && !Boolean.FALSE.equals(snapshot) && !"false".equals(snapshot);
	}

	/**
	 * Whether this streamed change was already applied when {@code applied} was stored. Snapshot rows are never
	 * "already applied": a snapshot cut short is redone from its start by Debezium, and re-applying a row's current
	 * state is harmless. Until the stream has seen its first commit the changes carry no commit LSN; they are then
	 * compared only within one transaction (same {@code txId}), the one case where the order is known.
	 */
	public boolean isAtOrBefore(SourcePosition applied) {
		if (applied == null || snapshot() || applied.snapshot()) {
			return false;
		}
		Object commit = this.offset.get(LAST_COMMIT_LSN);
		Object appliedCommit = applied.offset.get(LAST_COMMIT_LSN);
		if (commit == null || appliedCommit == null) {
			Object transaction = this.offset.get(TRANSACTION);
			return commit == null && appliedCommit == null && transaction != null
					&& transaction.equals(applied.offset.get(TRANSACTION)) && lsn() <= applied.lsn();
		}
		int byCommit = Long.compare(number(commit), number(appliedCommit));
		return (byCommit != 0) ? byCommit < 0 : lsn() <= applied.lsn();
	}

	/** The LSN of the change, for operators; 0 when unknown. */
	public long lsn() {
		return number(this.offset.get(LSN));
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

}
