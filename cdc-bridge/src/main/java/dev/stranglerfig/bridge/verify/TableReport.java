package dev.stranglerfig.bridge.verify;

import java.util.List;

/** The comparison of one mapped table: counts, the key ranges whose checksums differ, and a few keys from them. */
public record TableReport(String legacyTable, String serviceTable, long legacyRows, long serviceRows, int ranges,
		List<String> differingRanges, List<String> sampleKeys) {

	public boolean equal() {
		return this.legacyRows == this.serviceRows && this.differingRanges.isEmpty();
	}

	String render() {
		String head = this.legacyTable + " -> " + this.serviceTable + ": ";
		if (equal()) {
			return head + "EQUAL, " + rows(this.legacyRows) + ", " + this.ranges + " key ranges checked\n";
		}
		StringBuilder text = new StringBuilder(head).append("DIFFERENT, legacy ").append(rows(this.legacyRows))
			.append(", service ").append(rows(this.serviceRows)).append('\n');
		text.append("  ranges that differ (").append(this.differingRanges.size()).append(" of ").append(this.ranges).append("): ")
			.append(String.join(", ", this.differingRanges)).append('\n');
		this.sampleKeys.forEach(key -> text.append("  ").append(key).append('\n'));
		return text.toString();
	}

	private static String rows(long count) {
		return count + ((count == 1) ? " row" : " rows");
	}

}
