package dev.stranglerfig.analyzer.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up must load a valid draft and write JSON as the reports do, or it warms nothing. */
class ReportWriterWarmUpTests {

	@Test
	void warmUpPlanIsAValidDraftAndItsJsonIsWritten() {
		assertThatCode(ReportWriter::warmUp).doesNotThrowAnyException();
		assertThat(JsonReport.warmUp()).contains("\"metrics\"", "\"modularity\" : 0.4");
	}

}
