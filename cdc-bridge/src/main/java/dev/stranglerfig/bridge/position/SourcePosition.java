package dev.stranglerfig.bridge.position;

import java.util.Map;

/**
 * Debezium's position of a change in the source: the partition and offset maps of the PostgreSQL connector.
 * Streamed changes are ordered by (commit LSN of the transaction before, LSN of the change): the same pair the
 * connector uses itself ({@code source.sequence}) to resume inside a partly processed transaction.
 */
public record SourcePosition(Map<String, ?> partition, Map<String, ?> offset) {

	private static final String SNAPSHOT = "snapshot";

	private static final String LAST_SNAPSHOT_RECORD = "last_snapshot_record";

	private static final String LSN = "lsn";

	private static final String LAST_COMMIT_LSN = "lsn_commit";

	/** A row read by the initial snapshot rather than streamed from the WAL. */
	public boolean snapshot() {
		return Boolean.TRUE.equals(this.offset.get(SNAPSHOT)) && !Boolean.TRUE.equals(this.offset.get(LAST_SNAPSHOT_RECORD));
	}

	/**
	 * Whether this streamed change was already applied when {@code applied} was stored. Snapshot rows are never
	 * "already applied": a snapshot cut short is redone from its start by Debezium, and re-applying a row's current
	 * state is harmless.
	 */
	public boolean isAtOrBefore(SourcePosition applied) {
		if (applied == null || snapshot() || applied.snapshot()) {
			return false;
		}
		int byCommit = Long.compare(number(this.offset.get(LAST_COMMIT_LSN)), number(applied.offset.get(LAST_COMMIT_LSN)));
		if (byCommit != 0) {
			return byCommit < 0;
		}
		return number(this.offset.get(LSN)) <= number(applied.offset.get(LSN));
	}

	/** The LSN of the change, for operators; 0 when unknown. */
	public long lsn() {
		return number(this.offset.get(LSN));
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

}
