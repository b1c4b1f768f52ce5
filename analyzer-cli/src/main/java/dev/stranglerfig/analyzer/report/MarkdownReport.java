package dev.stranglerfig.analyzer.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.EdgeKind;
import dev.stranglerfig.analyzer.graph.TransactionBoundary;
import dev.stranglerfig.analyzer.graph.UseCase;
import dev.stranglerfig.analyzer.metrics.Metrics;
import dev.stranglerfig.analyzer.ownership.CrossContextCall;
import dev.stranglerfig.analyzer.ownership.Placement;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import dev.stranglerfig.analyzer.plans.DraftPlan;
import dev.stranglerfig.analyzer.source.SkippedFile;
import dev.stranglerfig.analyzer.waves.Wave;
import dev.stranglerfig.analyzer.waves.WeakTie;

/** report.md: the suggestion for people, section by section. */
public final class MarkdownReport {

	private final Analysis analysis;

	private final List<DraftPlan> plans;

	private final StringBuilder out = new StringBuilder();

	private MarkdownReport(Analysis analysis, List<DraftPlan> plans) {
		this.analysis = analysis;
		this.plans = plans;
	}

	public static String of(Analysis analysis, List<DraftPlan> plans) {
		MarkdownReport report = new MarkdownReport(analysis, plans);
		report.summary();
		report.metrics();
		report.contexts();
		report.tables();
		report.calls();
		report.transactions();
		report.waves();
		report.placements();
		report.infrastructure();
		report.weights();
		return report.out.toString();
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String simple(String className) {
		return className.substring(className.lastIndexOf('.') + 1);
	}

	private void summary() {
		var sources = this.analysis.sources();
		line("# Strangler analysis");
		line("");
		line(sources.files() + " files, " + sources.lines() + " lines, " + sources.classes().size() + " classes read in "
				+ this.analysis.elapsed().toMillis() + " ms; " + this.analysis.graph().classes().size()
				+ " classes split into " + this.analysis.suggestion().size() + " contexts (Louvain, seed "
				+ this.analysis.options().seed() + ", resolution " + this.analysis.options().resolution() + ").");
		if (this.analysis.options().gitCommits() > 0) {
			line("Co-change signal (`--git`, last " + this.analysis.options().gitCommits() + " commits): "
					+ this.analysis.graph().coChangeCommits() + " commits tied classes together.");
		}
		line("References to project classes resolved exactly (project type index; symbol solver where ambiguous): "
				+ this.analysis.graph().resolved() + "; by name only (degraded): " + this.analysis.graph().degraded() + ".");
		line("");
		if (this.analysis.partial()) {
			line("**Partial result**: " + sources.skipped().size() + " file(s) skipped:");
			line("");
			for (SkippedFile skipped : sources.skipped()) {
				line("- `" + skipped.file() + "`: " + skipped.reason());
			}
			line("");
		}
	}

	private void metrics() {
		Metrics s = this.analysis.suggestionMetrics();
		Metrics p = this.analysis.packageMetrics();
		line("## Metrics");
		line("");
		line("| metric | better | suggestion | packages (baseline) |");
		line("|---|---|---|---|");
		line("| contexts K | | " + s.contexts() + " | " + p.contexts() + " |");
		line("| SM structural modularity | higher | " + f(s.sm()) + " | " + f(p.sm()) + " |");
		line("| ICP inter-context call % | lower | " + f(s.icp()) + " | " + f(p.icp()) + " |");
		line("| IFN interface number | lower | " + f(s.ifn()) + " | " + f(p.ifn()) + " |");
		line("| NED non-extreme distribution | lower | " + f(s.ned()) + " | " + f(p.ned()) + " |");
		line("| BCP business context purity | lower | " + f(s.bcp()) + " | " + f(p.bcp()) + " |");
		line("| Q modularity | higher | " + f(s.modularity()) + " | " + f(p.modularity()) + " |");
		line("| table-ownership entropy (bits) | lower | " + f(s.tableEntropy()) + " | " + f(p.tableEntropy()) + " |");
		line("");
		line("MoJoFM of the suggestion against the package structure: " + f(this.analysis.mojoFmToPackages())
				+ " (100 = the packages exactly).");
		line("");
	}

	private void contexts() {
		ClassGraph graph = this.analysis.graph().classes();
		line("## Contexts");
		List<List<Integer>> members = this.analysis.suggestion().members();
		for (int c = 0; c < members.size(); c++) {
			String name = this.analysis.suggestion().names().get(c);
			line("");
			line("### " + name);
			line("");
			line("- classes (" + members.get(c).size() + "): "
					+ members.get(c).stream().map(n -> graph.node(n).simpleName()).sorted().collect(Collectors.joining(", ")));
			line("- tables owned: " + orNone(this.analysis.tables().stream().filter(t -> t.owner().equals(name))
				.map(TableOwner::table).collect(Collectors.joining(", "))));
			Set<String> endpoints = new TreeSet<>();
			for (UseCase useCase : this.analysis.graph().useCases()) {
				if (this.analysis.suggestion().contextOf(graph.indexOf(useCase.handlerClass())).equals(name)) {
					endpoints.add("`" + useCase.endpoint().id() + "`");
				}
			}
			line("- endpoints: " + orNone(String.join(", ", endpoints)));
			this.plans.stream().filter(p -> p.context().equals(name)).findFirst().ifPresent(plan -> line("- draft plan: "
					+ ((plan.yaml() != null) ? "`" + plan.fileName() + "`" : "none") + (plan.notes().isEmpty() ? "" : " (" + String.join("; ", plan.notes()) + ")")));
		}
		line("");
	}

	private static String orNone(String text) {
		return text.isEmpty() ? "none" : text;
	}

	private void tables() {
		line("## Tables");
		line("");
		line("| table | entity | owner | read by | written by | shared |");
		line("|---|---|---|---|---|---|");
		for (TableOwner t : this.analysis.tables()) {
			line("| " + t.table() + " | " + ((t.entity() == null) ? "" : simple(t.entity())) + " | " + t.owner() + " | "
					+ String.join(", ", t.readers()) + " | " + String.join(", ", t.writers()) + " | " + (t.shared() ? "**yes**" : "") + " |");
		}
		line("");
	}

	private void calls() {
		line("## Cross-context calls: APIs and events to build");
		line("");
		line("An EVENT is a void call whose result no caller uses: the caller only announces something. Everything else is an API the callee's service must offer.");
		line("");
		line("| from | to | call | kind | call sites |");
		line("|---|---|---|---|---|");
		for (CrossContextCall call : this.analysis.crossContextCalls()) {
			line("| " + call.fromContext() + " (" + simple(call.fromClass()) + ") | " + call.toContext() + " | `"
					+ simple(call.toClass()) + "#" + call.method() + "` | " + call.kind() + " | " + call.callSites() + " |");
		}
		line("");
	}

	private void transactions() {
		line("## Transactions that span contexts");
		line("");
		line("Each needs a saga (or the contexts it spans stay in one service) before it can be split.");
		line("");
		ClassGraph graph = this.analysis.graph().classes();
		boolean any = false;
		for (TransactionBoundary boundary : this.analysis.graph().transactions()) {
			Set<String> contexts = boundary.classes().stream()
				.map(name -> this.analysis.suggestion().contextOf(graph.indexOf(name)))
				.collect(Collectors.toCollection(TreeSet::new));
			if (contexts.size() > 1) {
				any = true;
				line("- `" + simple(boundary.className()) + "#" + boundary.method() + "`: " + String.join(", ", contexts));
			}
		}
		if (!any) {
			line("None.");
		}
		line("");
	}

	private void waves() {
		line("## Extraction order");
		line("");
		line("Wave 1 depends on no other context; each later wave only on earlier ones. Within a wave, least coupled first.");
		line("");
		for (Wave wave : this.analysis.extractionOrder().waves()) {
			line("- wave " + wave.number() + ": " + wave.contexts().stream()
				.map(s -> s.context() + " (coupling " + f(s.coupling()) + ", shared tables " + s.sharedTables() + ")")
				.collect(Collectors.joining("; ")));
		}
		line("");
		List<WeakTie> weakTies = this.analysis.extractionOrder().weakTies();
		if (weakTies.isEmpty()) {
			return;
		}
		line("Ties treated as weak, to break dependency cycles (no context in a cycle could leave without calling back "
				+ "into the monolith): in each cycle the weakest dependency was dropped until none was left, then every "
				+ "dropped one that closes no cycle was put back. Until the context depended on is extracted, the "
				+ "context that goes first calls it in the monolith (an API the monolith keeps for it):");
		line("");
		for (WeakTie tie : weakTies) {
			line("- " + tie.from() + " -> " + tie.to() + " (weight " + f(tie.weight()) + "; the strongest tie in the cycle {"
					+ String.join(", ", tie.cycle()) + "} weighs " + f(tie.strongestInCycle()) + ")");
		}
		line("");
	}

	private void placements() {
		line("## Why each class is where it is");
		line("");
		line("| class | context | ties there | runner-up | ties there |");
		line("|---|---|---|---|---|");
		for (Placement p : this.analysis.placements()) {
			line("| " + simple(p.className()) + " | " + p.context() + " " + f(p.strength()) + " | " + ties(p.strongestTies()) + " | "
					+ ((p.runnerUp() == null) ? "none" : p.runnerUp() + " " + f(p.runnerUpStrength())) + " | " + ties(p.runnerUpTies()) + " |");
		}
		line("");
	}

	private static String ties(Map<String, Double> ties) {
		return ties.entrySet().stream().map(e -> e.getKey() + " " + f(e.getValue())).collect(Collectors.joining(", "));
	}

	private void infrastructure() {
		line("## Left out of the contexts");
		line("");
		line("Shared kernel (`--shared` globs) and bootstrap code (application class, configuration, startup runners and what only they use) are no context's: each service gets its own copy or a library.");
		line("");
		this.analysis.graph().infrastructure().forEach((name, kind) -> line("- `" + name + "`: " + kind));
		line("");
	}

	private void weights() {
		line("## Edge weights");
		line("");
		for (EdgeKind kind : EdgeKind.values()) {
			line("- " + kind.name().toLowerCase(Locale.ROOT) + ": " + kind.weight());
		}
		line("- calls inside a `@Transactional` method count twice");
	}

}
