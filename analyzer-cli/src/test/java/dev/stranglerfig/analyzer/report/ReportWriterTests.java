package dev.stranglerfig.analyzer.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.analysis.Analyzer;
import dev.stranglerfig.analyzer.analysis.AnalyzerOptions;
import dev.stranglerfig.analyzer.plans.DraftPlan;
import dev.stranglerfig.plans.InvalidPlanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the output directory holds when drafts do not validate. */
class ReportWriterTests {

	@TempDir
	Path project;

	@TempDir
	Path out;

	@Test
	void draftsThatDoNotValidateLeaveTheOutputAsItWas() throws IOException {
		Path controller = this.project.resolve("shop/orders/OrderController.java");
		Files.createDirectories(controller.getParent());
		Files.writeString(controller, """
				package shop.orders;
				@org.springframework.web.bind.annotation.RestController
				class OrderController { @org.springframework.web.bind.annotation.GetMapping("/api/orders") String all() { return ""; } }
				""");
		Analysis analysis = new Analyzer(new AnalyzerOptions(List.of(this.project), 42, 1.0, null, List.of(), List.of(),
				1 << 20, 1, 0)).run(message -> { }, () -> { });
		String earlierDraft = "# Draft by strangler analyze: review ...\ncontext: orders\n";
		Files.writeString(this.out.resolve("orders.yaml"), earlierDraft);
		Files.writeString(this.out.resolve("report.md"), "earlier report");
		DraftPlan noEndpoints = new DraftPlan("orders", "# Draft by strangler analyze\ncontext: orders\nphase: legacy\n", List.of());

		assertThatExceptionOfType(InvalidPlanException.class)
			.isThrownBy(() -> ReportWriter.write(this.out, analysis, List.of(noEndpoints)));
		assertThat(this.out.resolve("orders.yaml")).hasContent(earlierDraft);
		assertThat(this.out.resolve("report.md")).hasContent("earlier report");
		assertThat(this.out.resolve("analysis.json")).doesNotExist();
		try (var beside = Files.list(this.out.getParent())) {
			assertThat(beside.map(p -> p.getFileName().toString()))
				.noneMatch(name -> name.startsWith("." + this.out.getFileName() + "-staging-"));
		}
	}

}
