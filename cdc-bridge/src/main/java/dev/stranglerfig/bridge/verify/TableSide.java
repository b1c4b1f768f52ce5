package dev.stranglerfig.bridge.verify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One side of a mapped table as SQL, in the service's terms: the key columns and the mapped values, each an
 * expression over this side's columns (legacy columns go through their transform's SQL form). Both sides of a
 * table produce the same text for the same row, so their hashes can be compared.
 */
record TableSide(String table, List<String> keyExpressions, List<String> valueExpressions) {

	/** The row as text: a JSON array of every mapped value as text (the session runs in UTC). */
	String rowText() {
		return "jsonb_build_array(" + this.valueExpressions.stream().map(expression -> "(" + expression + ")::text")
			.collect(Collectors.joining(", ")) + ")::text";
	}

	String keyText() {
		return "jsonb_build_array(" + String.join(", ", this.keyExpressions) + ")::text";
	}

	/** A 64-bit slice of the row's MD5 as a number: summed, it gives a checksum that ignores row order. */
	String rowHash() {
		return "('x' || substr(md5(" + rowText() + "), 1, 16))::bit(64)::bigint::numeric";
	}

	String firstKey() {
		return this.keyExpressions.get(0);
	}

}
