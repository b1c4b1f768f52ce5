package dev.stranglerfig.analyzer.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.plans.DraftPlan;
import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.PlanLoader;

/**
 * Writes report.md, report.html, analysis.json and the draft plans into the output directory, then loads the plans back with
 * {@link PlanLoader} so that a draft that would not load never goes unnoticed.
 */
public final class ReportWriter {

	private ReportWriter() {
	}

	/** @throws InvalidPlanException when the written drafts do not validate together */
	public static void write(Path out, Analysis analysis, List<DraftPlan> plans) throws IOException, InvalidPlanException {
		Files.createDirectories(out);
		try (var old = Files.list(out)) {
			// Drafts of an earlier run with other contexts would be validated with these and confuse the reader.
			for (Path file : old.filter(p -> p.toString().endsWith(".yaml")).toList()) {
				Files.delete(file);
			}
		}
		Files.writeString(out.resolve("report.md"), MarkdownReport.of(analysis, plans));
		Files.writeString(out.resolve("report.html"), HtmlReport.of(analysis));
		Files.writeString(out.resolve("analysis.json"), JsonReport.of(analysis));
		boolean any = false;
		for (DraftPlan plan : plans) {
			if (plan.yaml() != null) {
				Files.writeString(out.resolve(plan.fileName()), plan.yaml());
				any = true;
			}
		}
		if (any) {
			PlanLoader.loadDirectory(out);
		}
	}

}
