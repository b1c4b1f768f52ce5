package dev.stranglerfig.bridge.api;

import java.util.List;

import dev.stranglerfig.bridge.verify.TableReport;
import dev.stranglerfig.bridge.verify.VerifyReport;

/**
 * {@code POST /bridge/contexts/{context}/verify}: the verifier's report as JSON, with the same text the
 * {@code verify} command prints, so the CLI shows exactly that.
 */
record VerifyAnswer(String context, boolean equal, List<TableAnswer> tables, String report) {

	static VerifyAnswer of(VerifyReport report) {
		return new VerifyAnswer(report.context(), report.equal(), report.tables().stream().map(TableAnswer::of).toList(),
				report.render());
	}

	record TableAnswer(String legacyTable, String serviceTable, boolean equal, long legacyRows, long serviceRows,
			int ranges, List<String> differingRanges, List<String> sampleKeys) {

		static TableAnswer of(TableReport table) {
			return new TableAnswer(table.legacyTable(), table.serviceTable(), table.equal(), table.legacyRows(),
					table.serviceRows(), table.ranges(), table.differingRanges(), table.sampleKeys());
		}

	}

}
