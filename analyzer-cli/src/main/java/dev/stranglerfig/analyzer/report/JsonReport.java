package dev.stranglerfig.analyzer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.UseCase;
import dev.stranglerfig.analyzer.metrics.Metrics;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** analysis.json: the same content as the Markdown report, for tools. Records serialise by their components. */
public final class JsonReport {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private JsonReport() {
	}

	/** A small document of the same kinds (records, maps, lists, numbers) as analysis.json; see ReportWriter#warmUp. */
	static String warmUp() {
		return MAPPER.writeValueAsString(Map.of("contexts", List.of(Map.of("name", "orders", "classes", List.of("Order"))),
				"metrics", new Metrics(1, 0.5, 0.25, 1.0, 0.0, 0.7, 0.4, 0.0), "partial", false));
	}

	public static String of(Analysis analysis) {
		ClassGraph graph = analysis.graph().classes();
		Map<String, Object> root = new LinkedHashMap<>();
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("files", analysis.sources().files());
		input.put("lines", analysis.sources().lines());
		input.put("classes", analysis.sources().classes().size());
		input.put("skipped", analysis.sources().skipped().stream()
			.map(s -> ordered("file", s.file().toString(), "reason", s.reason())).toList());
		input.put("resolved", analysis.graph().resolved());
		input.put("degraded", analysis.graph().degraded());
		input.put("elapsedMillis", analysis.elapsed().toMillis());
		root.put("input", input);
		root.put("partial", analysis.partial());
		root.put("options", ordered("seed", analysis.options().seed(), "resolution", analysis.options().resolution(),
				"gitCommits", analysis.options().gitCommits()));
		input.put("coChangeCommits", analysis.graph().coChangeCommits());
		List<Map<String, Object>> contexts = new ArrayList<>();
		List<List<Integer>> members = analysis.suggestion().members();
		for (int c = 0; c < members.size(); c++) {
			String name = analysis.suggestion().names().get(c);
			Map<String, Object> context = new LinkedHashMap<>();
			context.put("name", name);
			context.put("classes", members.get(c).stream().map(graph::name).sorted().toList());
			context.put("endpoints", analysis.graph().useCases().stream()
				.filter(u -> analysis.suggestion().contextOf(graph.indexOf(u.handlerClass())).equals(name))
				.map(u -> u.endpoint().id()).sorted().toList());
			contexts.add(context);
		}
		root.put("contexts", contexts);
		root.put("metrics", ordered("suggestion", analysis.suggestionMetrics(), "packages", analysis.packageMetrics(),
				"mojoFmToPackages", analysis.mojoFmToPackages()));
		root.put("tables", analysis.tables());
		root.put("crossContextCalls", analysis.crossContextCalls());
		root.put("useCases", analysis.graph().useCases().stream().map(JsonReport::useCase).toList());
		root.put("transactions", analysis.graph().transactions());
		root.put("waves", analysis.extractionOrder().waves());
		root.put("weakTies", analysis.extractionOrder().weakTies());
		root.put("placements", analysis.placements());
		root.put("infrastructure", analysis.graph().infrastructure());
		return MAPPER.writeValueAsString(root);
	}

	/** Keys in the order given: Map.of iterates in an order that changes from one JVM to the next. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static Map<String, Object> useCase(UseCase useCase) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("endpoint", useCase.endpoint().id());
		map.put("handler", useCase.handlerClass() + "#" + useCase.endpoint().handlerMethod());
		map.put("classes", useCase.classes());
		return map;
	}

}
