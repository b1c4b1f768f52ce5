package dev.stranglerfig.bridge.verify;

import java.util.List;

/** The comparison of a context's tables; equal only when every table is. */
public record VerifyReport(String context, List<TableReport> tables) {

	public boolean equal() {
		return this.tables.stream().allMatch(TableReport::equal);
	}

	public String render() {
		StringBuilder text = new StringBuilder("verify ").append(this.context).append(" (legacy vs service, in the service's terms)\n");
		this.tables.forEach(table -> text.append(table.render()));
		text.append(equal() ? "EQUAL\n" : "DIFFERENT\n");
		return text.toString();
	}

}
