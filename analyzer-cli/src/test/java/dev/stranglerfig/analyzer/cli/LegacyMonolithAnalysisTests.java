package dev.stranglerfig.analyzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stranglerfig.analyzer.metrics.MoJoFM;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.plans.PlanSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzer on this repository's monolith, read as source files: it must find the nine domains its packages
 * hold. The truth is the package each class sits in ({@code dev.stranglerfig.legacy.<domain>}); {@code common}
 * (shared kernel) and {@code seed} (start-up data loader) are infrastructure and in no context.
 */
class LegacyMonolithAnalysisTests {

	private static final Path MONOLITH = Path.of("../legacy-monolith");

	private static final Pattern DOMAIN = Pattern.compile("dev\\.stranglerfig\\.legacy\\.([a-z]+)\\..*");

	private static final List<String> DOMAINS = List.of("analytics", "catalog", "inventory", "notifications", "orders",
			"payments", "reviews", "shipping", "users");

	@TempDir
	static Path out;

	static Run run;

	static JsonNode analysis;

	@BeforeAll
	static void analyse() throws Exception {
		run = Run.of("analyze", MONOLITH.toString(), "--out", out.toString());
		analysis = JsonMapper.builder().build().readTree(Files.readString(out.resolve("analysis.json")));
	}

	@Test
	void completesWithoutSkippingAnyFile() {
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(analysis.get("partial").asBoolean()).isFalse();
		assertThat(run.out()).contains("9 contexts");
	}

	@Test
	void recoversTheNineDomainsWithMoJoFmOfAtLeastEighty() {
		Map<String, String> suggestion = new HashMap<>();
		Map<String, String> truth = new HashMap<>();
		for (JsonNode context : analysis.get("contexts")) {
			for (JsonNode className : context.get("classes")) {
				suggestion.put(className.asString(), context.get("name").asString());
				Matcher domain = DOMAIN.matcher(className.asString());
				if (domain.matches()) {
					truth.put(className.asString(), domain.group(1));
				}
			}
		}
		assertThat(truth.values()).containsOnly(DOMAINS.toArray(String[]::new));
		assertThat(suggestion.keySet()).containsAll(truth.keySet());
		assertThat(MoJoFM.of(suggestion, truth)).isGreaterThanOrEqualTo(80);
		assertThat(analysis.get("contexts").findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(DOMAINS);
	}

	@Test
	void leavesTheSharedKernelAndTheSeederOutOfEveryContext() {
		Map<String, String> infrastructure = new HashMap<>();
		analysis.get("infrastructure").properties().forEach(e -> infrastructure.put(e.getKey(), e.getValue().asString()));
		assertThat(infrastructure).containsEntry("dev.stranglerfig.legacy.common.BaseEntity", "shared kernel")
			.containsEntry("dev.stranglerfig.legacy.seed.ShopSeeder", "bootstrap")
			.containsEntry("dev.stranglerfig.legacy.LegacyShopApplication", "bootstrap");
	}

	@Test
	void writesDraftPlansThatValidateWithEachContextsEndpointsAndTables() throws Exception {
		PlanSet plans = PlanLoader.loadDirectory(out);
		assertThat(plans.plan("orders").orElseThrow().endpoints()).extracting(e -> e.id()).contains("POST /api/orders");
		assertThat(plans.plan("users").orElseThrow().tables()).extracting(t -> t.legacy()).contains("public.app_user", "public.address");
		assertThat(plans.plan("catalog").orElseThrow().service().url().toString()).startsWith("http://localhost:81");
	}

	@Test
	void listsTheProductTableAsReadByOtherContextsAndTheOrderTransactionAsCrossingContexts() throws Exception {
		JsonNode product = null;
		for (JsonNode table : analysis.get("tables")) {
			if (table.get("table").asString().equals("product")) {
				product = table;
			}
		}
		assertThat(product).isNotNull();
		assertThat(product.get("owner").asString()).isEqualTo("catalog");
		assertThat(product.get("readers").valueStream().map(JsonNode::asString)).contains("orders", "inventory", "reviews");
		String report = Files.readString(out.resolve("report.md"));
		assertThat(report).contains("| product | Product | catalog |").contains("`OrderService#place`: ")
			.contains("## Extraction order").contains("MoJoFM of the suggestion against the package structure");
	}

	@Test
	void ordersTheNineContextsInSeveralWavesByDroppingTheWeakestTiesOfItsCycles() throws Exception {
		List<String> inOrder = new ArrayList<>();
		for (JsonNode wave : analysis.get("waves")) {
			// Before cycles were broken, one wave was a single cycle of seven contexts.
			assertThat(wave.get("contexts").size()).isLessThanOrEqualTo(5);
			wave.get("contexts").forEach(step -> inOrder.add(step.get("context").asString()));
		}
		assertThat(inOrder).containsExactlyInAnyOrderElementsOf(DOMAINS);
		assertThat(analysis.get("waves").size()).isGreaterThanOrEqualTo(3);
		for (JsonNode tie : analysis.get("weakTies")) {
			// A weak tie is weaker than the strongest one of the cycle it broke, and its source goes first.
			assertThat(tie.get("weight").asDouble()).isLessThan(tie.get("strongestInCycle").asDouble());
			assertThat(inOrder.indexOf(tie.get("from").asString())).isLessThan(inOrder.indexOf(tie.get("to").asString()));
		}
		assertThat(analysis.get("weakTies").size()).isGreaterThan(0);
		assertThat(Files.readString(out.resolve("report.md"))).contains("Ties treated as weak");
	}

	@Test
	void writesASelfContainedHtmlReportWithTheContextMapAndEveryContext() throws Exception {
		String html = Files.readString(out.resolve("report.html"));
		// Self-contained: opens offline, so nothing is fetched from anywhere.
		assertThat(html).doesNotContain("http://", "https://", "<link", "<script", " src=").contains("<style>");
		assertThat(html).contains("<svg").contains("Extraction waves").contains("Why each class is where it is");
		for (String domain : DOMAINS) {
			assertThat(html).contains("<h3 id=\"context-" + domain + "\">").containsPattern("<title>" + domain + ": \\d+ classes</title>");
		}
		assertThat(html).contains("POST /api/orders").contains("<tr><td>product</td><td>catalog</td>");
	}

}
