package dev.stranglerfig.analyzer.synthetic;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.stranglerfig.analyzer.cli.StranglerCommand;
import dev.stranglerfig.analyzer.metrics.MoJoFM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyzer on a generated ~20k-line monolith of eight domains: it must find them again. */
class SyntheticMonolithAnalysisTests {

	@TempDir
	Path project;

	@TempDir
	Path out;

	@Test
	void recoversTheEightDomainsOfATwentyThousandLineMonolithWithMoJoFmOfAtLeastEighty() throws Exception {
		long lines = SyntheticMonolith.write(this.project, 20_000, 8);
		assertThat(lines).isBetween(18_000L, 22_000L);
		int exitCode = StranglerCommand.commandLine().setOut(new PrintWriter(Writer.nullWriter()))
			.setErr(new PrintWriter(Writer.nullWriter()))
			.execute("analyze", this.project.toString(), "--out", this.out.toString());
		assertThat(exitCode).isZero();
		JsonNode analysis = JsonMapper.builder().build().readTree(Files.readString(this.out.resolve("analysis.json")));
		Map<String, String> suggestion = new HashMap<>();
		Map<String, String> truth = new HashMap<>();
		for (JsonNode context : analysis.get("contexts")) {
			for (JsonNode className : context.get("classes")) {
				String name = className.asString();
				suggestion.put(name, context.get("name").asString());
				truth.put(name, name.substring(SyntheticMonolith.BASE_PACKAGE.length() + 1, name.lastIndexOf('.')));
			}
		}
		assertThat(truth.values()).containsOnly(SyntheticMonolith.domainNames(8).toArray(String[]::new));
		assertThat(suggestion).containsKey(SyntheticMonolith.BASE_PACKAGE + ".billing.BillingItem0Service");
		assertThat(MoJoFM.of(suggestion, truth)).isGreaterThanOrEqualTo(80);
	}

}
