package dev.stranglerfig.bridge.snapshot;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which transactions a PostgreSQL snapshot sees, from {@code pg_current_snapshot()} as text ({@code xmin:xmax:xip,...},
 * 64-bit transaction ids): those below {@code xmax} that are not in {@code xip}, i.e. that had ended when it was taken.
 */
record VisibleSnapshot(long xmin, long xmax, Set<Long> inProgress) {

	static VisibleSnapshot parse(String text) {
		String[] parts = text.split(":", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a pg_snapshot: '" + text + "' (expected xmin:xmax:xip,...)");
		}
		Set<Long> inProgress = parts[2].isEmpty() ? Set.of()
				: Arrays.stream(parts[2].split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
		return new VisibleSnapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), inProgress);
	}

	/**
	 * Whether the transaction had ended when the snapshot was taken. {@code xid} is the 32-bit id the WAL carries; it
	 * is placed in the epoch that puts it nearest to {@code xmax}, which holds for any transaction less than two
	 * billion transactions away from it.
	 */
	boolean sees(long xid) {
		long full = this.xmax + (int) (xid - this.xmax);
		return full < this.xmax && !this.inProgress.contains(full);
	}

}
