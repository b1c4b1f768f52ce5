package dev.stranglerfig.analyzer.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.metrics.Metrics;
import dev.stranglerfig.analyzer.ownership.CrossContextCall;
import dev.stranglerfig.analyzer.ownership.Placement;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import dev.stranglerfig.analyzer.waves.Wave;
import dev.stranglerfig.analyzer.waves.WeakTie;

/**
 * report.html: the Markdown report's content with the context map drawn, in one file that opens anywhere (CSS
 * and SVG inline, nothing fetched), so it can be mailed or attached to a ticket as it is.
 */
public final class HtmlReport {

	private static final String STYLE = """
			body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222; }
			table { border-collapse: collapse; margin: .5em 0 1.5em; }
			th, td { border: 1px solid #ccc; padding: .2em .6em; text-align: left; vertical-align: top; }
			th { background: #f3f3f3; }
			code { font-size: 92%; }
			.tie { stroke: #8a9bb0; stroke-opacity: .7; }
			.tie-label { font-size: 10px; fill: #667; text-anchor: middle; }
			.context circle { fill: #4a7ab5; fill-opacity: .85; stroke: #234; }
			.context text { font-size: 12px; text-anchor: middle; }
			""";

	private final Analysis analysis;

	private final StringBuilder out = new StringBuilder();

	private HtmlReport(Analysis analysis) {
		this.analysis = analysis;
	}

	public static String of(Analysis analysis) {
		HtmlReport report = new HtmlReport(analysis);
		report.out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Strangler analysis</title><style>")
			.append(STYLE).append("</style></head><body>\n");
		report.summary();
		report.section("Context map", "<p>Discs: contexts, sized by their classes. Lines: call sites / tables shared between two contexts.</p>\n"
				+ ContextMapSvg.of(analysis));
		report.metrics();
		report.contexts();
		report.tables();
		report.calls();
		report.waves();
		report.placements();
		return report.out.append("</body></html>\n").toString();
	}

	private void section(String title, String body) {
		this.out.append("<h2>").append(Html.escape(title)).append("</h2>\n").append(body);
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String row(List<String> cells) {
		return "<tr>" + cells.stream().map(cell -> "<td>" + Html.escape(cell) + "</td>").collect(Collectors.joining()) + "</tr>\n";
	}

	private static String head(String... cells) {
		return "<table><tr>" + Arrays.stream(cells).map(cell -> "<th>" + cell + "</th>").collect(Collectors.joining()) + "</tr>\n";
	}

	private void summary() {
		var sources = this.analysis.sources();
		this.out.append("<h1>Strangler analysis</h1>\n<p>").append(Html.escape(sources.files() + " files, " + sources.lines()
				+ " lines, " + this.analysis.graph().classes().size() + " classes split into " + this.analysis.suggestion().size()
				+ " contexts (Louvain, seed " + this.analysis.options().seed() + ")"
				+ (this.analysis.partial() ? "; partial result: " + sources.skipped().size() + " file(s) skipped" : "") + "."))
			.append("</p>\n");
	}

	private void metrics() {
		Metrics s = this.analysis.suggestionMetrics();
		Metrics p = this.analysis.packageMetrics();
		StringBuilder table = new StringBuilder(head("metric", "better", "suggestion", "packages (baseline)"));
		table.append(row(List.of("SM structural modularity", "higher", f(s.sm()), f(p.sm()))))
			.append(row(List.of("ICP inter-context call %", "lower", f(s.icp()), f(p.icp()))))
			.append(row(List.of("IFN interface number", "lower", f(s.ifn()), f(p.ifn()))))
			.append(row(List.of("NED non-extreme distribution", "lower", f(s.ned()), f(p.ned()))))
			.append(row(List.of("BCP business context purity", "lower", f(s.bcp()), f(p.bcp()))))
			.append(row(List.of("Q modularity", "higher", f(s.modularity()), f(p.modularity()))))
			.append(row(List.of("table-ownership entropy (bits)", "lower", f(s.tableEntropy()), f(p.tableEntropy()))))
			.append("</table>\n<p>MoJoFM of the suggestion against the package structure: ")
			.append(f(this.analysis.mojoFmToPackages())).append("</p>\n");
		section("Metrics", table.toString());
	}

	private void contexts() {
		ClassGraph graph = this.analysis.graph().classes();
		StringBuilder body = new StringBuilder();
		List<List<Integer>> members = this.analysis.suggestion().members();
		for (int c = 0; c < members.size(); c++) {
			String name = this.analysis.suggestion().names().get(c);
			body.append("<h3 id=\"context-").append(Html.escape(name)).append("\">").append(Html.escape(name)).append("</h3>\n<ul>\n");
			body.append("<li>tables owned: ").append(Html.escape(orNone(this.analysis.tables().stream()
				.filter(t -> t.owner().equals(name)).map(TableOwner::table).collect(Collectors.joining(", "))))).append("</li>\n");
			body.append("<li>endpoints: ").append(Html.escape(orNone(this.analysis.graph().useCases().stream()
				.filter(u -> this.analysis.suggestion().contextOf(graph.indexOf(u.handlerClass())).equals(name))
				.map(u -> u.endpoint().id()).sorted().collect(Collectors.joining(", "))))).append("</li>\n");
			body.append("<li><details><summary>").append(members.get(c).size()).append(" classes</summary>")
				.append(Html.escape(members.get(c).stream().map(graph::name).sorted().collect(Collectors.joining(", "))))
				.append("</details></li>\n</ul>\n");
		}
		section("Contexts", body.toString());
	}

	private static String orNone(String text) {
		return text.isEmpty() ? "none" : text;
	}

	private void tables() {
		StringBuilder table = new StringBuilder(head("table", "owner", "read by", "written by", "shared"));
		for (TableOwner t : this.analysis.tables()) {
			table.append(row(List.of(t.table(), t.owner(), String.join(", ", t.readers()), String.join(", ", t.writers()),
					t.shared() ? "yes" : "")));
		}
		section("Tables", table.append("</table>\n").toString());
	}

	private void calls() {
		StringBuilder table = new StringBuilder(head("from", "to", "call", "kind", "call sites"));
		for (CrossContextCall call : this.analysis.crossContextCalls()) {
			table.append(row(List.of(call.fromContext(), call.toContext(), call.toClass() + "#" + call.method(),
					call.kind().name(), String.valueOf(call.callSites()))));
		}
		section("Cross-context calls: APIs and events to build", table.append("</table>\n").toString());
	}

	private void waves() {
		StringBuilder body = new StringBuilder("<ol>\n");
		for (Wave wave : this.analysis.extractionOrder().waves()) {
			body.append("<li>").append(Html.escape(wave.contexts().stream().map(Wave.Step::context).collect(Collectors.joining(", "))))
				.append("</li>\n");
		}
		body.append("</ol>\n");
		List<WeakTie> weakTies = this.analysis.extractionOrder().weakTies();
		if (!weakTies.isEmpty()) {
			body.append("<p>Ties treated as weak to break dependency cycles (the weakest dependency in a cycle, dropped "
					+ "until none was left); the context that goes first calls the other in the monolith until it is out:</p>\n<ul>\n");
			weakTies.forEach(tie -> body.append("<li>").append(Html.escape(tie.from() + " -> " + tie.to() + " (weight "
					+ f(tie.weight()) + "; strongest in the cycle {" + String.join(", ", tie.cycle()) + "}: "
					+ f(tie.strongestInCycle()) + ")")).append("</li>\n"));
			body.append("</ul>\n");
		}
		section("Extraction waves", body.toString());
	}

	private void placements() {
		StringBuilder table = new StringBuilder(head("class", "context", "ties there", "runner-up", "ties there"));
		for (Placement p : this.analysis.placements()) {
			table.append(row(List.of(p.className(), p.context() + " " + f(p.strength()), ties(p.strongestTies()),
					(p.runnerUp() == null) ? "none" : p.runnerUp() + " " + f(p.runnerUpStrength()), ties(p.runnerUpTies()))));
		}
		section("Why each class is where it is", table.append("</table>\n").toString());
	}

	private static String ties(Map<String, Double> ties) {
		return ties.entrySet().stream().map(e -> e.getKey() + " " + f(e.getValue())).collect(Collectors.joining(", "));
	}

}
