package dev.stranglerfig.analyzer.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.graph.UseCase;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import dev.stranglerfig.analyzer.source.ColumnFacts;

/**
 * Writes a draft migration plan per context in the {@code migration-plans} format: phase {@code legacy}, the
 * endpoints whose handlers sit in the context, and the tables it owns copied one to one into a schema named
 * after the context. Service {@code N} (in context order) gets {@code http://localhost:81NN}, the sandbox's
 * service ports.
 */
public final class DraftPlans {

	/** The first line of every draft starts so: {@code analyze} replaces only files that do (see OutputDirectory). */
	public static final String MARK = "# Draft by strangler analyze";

	private static final int FIRST_PORT = 8101;

	private static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	// What the plan format accepts as a path: literal segments and {name} segments.
	private static final Pattern PLAN_PATH = Pattern.compile("/|(/([A-Za-z0-9._~-]+|\\{[A-Za-z_][A-Za-z0-9_]*}))+");

	private DraftPlans() {
	}

	public static List<DraftPlan> of(Analysis analysis) {
		List<DraftPlan> plans = new ArrayList<>();
		List<String> contexts = analysis.suggestion().names();
		for (int i = 0; i < contexts.size(); i++) {
			plans.add(plan(analysis, contexts.get(i), FIRST_PORT + i));
		}
		return plans;
	}

	private static DraftPlan plan(Analysis analysis, String context, int port) {
		List<String> notes = new ArrayList<>();
		Set<String> endpoints = new TreeSet<>();
		for (UseCase useCase : analysis.graph().useCases()) {
			if (!analysis.suggestion().contextOf(analysis.graph().classes().indexOf(useCase.handlerClass())).equals(context)) {
				continue;
			}
			String path = useCase.endpoint().path();
			if (!PLAN_PATH.matcher(path).matches()) {
				notes.add(useCase.endpoint().id() + " left out: the plan format takes literal and {name} segments only");
				continue;
			}
			String method = useCase.endpoint().httpMethod();
			(method.equals("ANY") ? ALL_METHODS : List.of(method)).forEach(m -> endpoints.add(m + " " + path));
		}
		if (endpoints.isEmpty()) {
			notes.add("no plan: no endpoint is handled in this context, so it is not a service of its own yet");
			return new DraftPlan(context, null, notes);
		}
		StringBuilder yaml = new StringBuilder();
		yaml.append(MARK).append(": review the endpoints, tables and columns before use.\n");
		yaml.append("context: ").append(context).append('\n');
		yaml.append("service: { name: ").append(context).append("-service, url: http://localhost:").append(port).append(" }\n");
		yaml.append("endpoints:\n");
		endpoints.forEach(e -> yaml.append("  - ").append(e).append('\n'));
		yaml.append("phase: legacy\n");
		List<String> tables = tables(analysis, context, notes);
		if (!tables.isEmpty()) {
			yaml.append("data:\n  tables:\n");
			tables.forEach(yaml::append);
		}
		notes.forEach(note -> yaml.append("# ").append(note).append('\n'));
		return new DraftPlan(context, yaml.toString(), notes);
	}

	private static List<String> tables(Analysis analysis, String context, List<String> notes) {
		List<String> tables = new ArrayList<>();
		String schema = context.replace('-', '_');
		for (TableOwner table : analysis.tables()) {
			if (!table.owner().equals(context)) {
				continue;
			}
			List<ColumnFacts> columns = (table.entity() == null) ? List.of()
					: analysis.graph().entityColumns().getOrDefault(table.entity(), List.of());
			List<String> key = columns.stream().filter(ColumnFacts::id).map(ColumnFacts::name).toList();
			if (key.isEmpty()) {
				notes.add("table " + table.table() + " left out: no entity with an @Id maps it, so its key is unknown");
				continue;
			}
			StringBuilder mapping = new StringBuilder();
			mapping.append("    - legacy: public.").append(table.table()).append('\n');
			mapping.append("      service: ").append(schema).append('.').append(table.table()).append('\n');
			mapping.append("      key: [").append(String.join(", ", key)).append("]\n");
			mapping.append("      columns:\n");
			columns.stream().map(ColumnFacts::name).distinct()
				.forEach(column -> mapping.append("        ").append(column).append(": ").append(column).append('\n'));
			tables.add(mapping.toString());
		}
		return tables;
	}

}
