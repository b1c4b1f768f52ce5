package dev.stranglerfig.bridge.verify;

/**
 * How a table's rows are cut into ranges for checksums: by value of an integer first key column (ranges of
 * {@code width} from {@code min}), otherwise by a hash of the first key into {@code count} buckets.
 */
record KeyRanges(boolean integerKey, long min, long width, int count) {

	/** Rows per range aimed at: small enough to drill into, large enough that a big table needs few queries. */
	static final long ROWS_PER_RANGE = 10_000;

	static KeyRanges of(boolean integerKey, long min, long max, long rows) {
		int count = (int) Math.max(1, Math.min(100_000, (rows + ROWS_PER_RANGE - 1) / ROWS_PER_RANGE));
		if (!integerKey) {
			return new KeyRanges(false, 0, 0, count);
		}
		long span = Math.max(1, max - min + 1);
		return new KeyRanges(true, min, Math.max(1, (span + count - 1) / count), count);
	}

	/** The range number of a row, as SQL over the side's first key expression. */
	String rangeOf(String firstKey) {
		return this.integerKey ? "((" + firstKey + ") - (" + this.min + ")) / " + this.width
				: "abs(hashtext((" + firstKey + ")::text)::bigint) % " + this.count;
	}

	String describe(String keyName, long range) {
		if (!this.integerKey) {
			return keyName + " hash bucket " + range + " of " + this.count;
		}
		long from = this.min + range * this.width;
		return keyName + " " + from + ".." + (from + this.width - 1);
	}

}
