package dev.stranglerfig.analyzer.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.graph.UseCase;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import dev.stranglerfig.analyzer.source.ColumnFacts;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.EndpointClaims;

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

	private DraftPlans() {
	}

	public static List<DraftPlan> of(Analysis analysis) {
		List<DraftPlan> plans = new ArrayList<>();
		List<String> contexts = analysis.suggestion().names();
		// What the plans so far serve: a request may belong to one plan only, so the first context (in the
		// suggestion's order) to claim a request keeps it and a later one leaves out its overlapping endpoint.
		EndpointClaims<Claim> claimed = new EndpointClaims<>();
		for (int i = 0; i < contexts.size(); i++) {
			plans.add(plan(analysis, contexts.get(i), FIRST_PORT + i, claimed));
		}
		return plans;
	}

	private static DraftPlan plan(Analysis analysis, String context, int port, EndpointClaims<Claim> claimed) {
		List<String> notes = new ArrayList<>();
		Map<String, Endpoint> byShape = new TreeMap<>();
		for (UseCase useCase : analysis.graph().useCases()) {
			if (!analysis.suggestion().contextOf(analysis.graph().classes().indexOf(useCase.handlerClass())).equals(context)) {
				continue;
			}
			String path = useCase.endpoint().path();
			String method = useCase.endpoint().httpMethod();
			for (String m : method.equals("ANY") ? ALL_METHODS : List.of(method)) {
				Optional<String> refusal = Endpoint.refusalOf(m, path);
				if (refusal.isPresent()) {
					// Of the methods ANY stands for, the path is refused for all or none.
					notes.add(useCase.endpoint().id() + " left out: the plan format refuses it (" + refusal.get() + ")");
					break;
				}
				Endpoint endpoint = new Endpoint(m, path, null);
				// {id} and {userId} in two handlers are one endpoint to the plan format, which refuses it twice.
				Endpoint same = byShape.putIfAbsent(endpoint.shape(), endpoint);
				if (same != null && !same.equals(endpoint)) {
					notes.add(endpoint.id() + " left out: the plan format takes it as " + same.id() + ", listed already");
				}
			}
		}
		List<Endpoint> kept = new ArrayList<>();
		for (Endpoint endpoint : byShape.values()) {
			Optional<Claim> earlier = claimed.overlapping(endpoint).stream()
				.min(Comparator.comparing(Claim::context).thenComparing(Claim::endpoint));
			if (earlier.isPresent()) {
				notes.add(endpoint.id() + " left out: it overlaps " + earlier.get().endpoint() + " of context "
						+ earlier.get().context() + ", and a request may belong to one plan only");
			}
			else {
				kept.add(endpoint);
			}
		}
		// Claimed only now: endpoints of one plan may overlap (GET /api/users/{id} and GET /api/users/me).
		kept.forEach(e -> claimed.claim(e, new Claim(context, e.id())));
		Set<String> endpoints = new TreeSet<>(kept.stream().map(Endpoint::id).toList());
		if (endpoints.isEmpty()) {
			notes.add(byShape.isEmpty() && notes.isEmpty()
					? "no plan: no endpoint is handled in this context, so it is not a service of its own yet"
					: "no plan: every endpoint handled in this context was left out");
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
			List<ColumnFacts> columns = analysis.graph().tableColumns().getOrDefault(table.table(), List.of());
			List<String> key = columns.stream().filter(ColumnFacts::id).map(ColumnFacts::name).toList();
			if (key.isEmpty()) {
				notes.add("table " + table.table() + " left out: its key is unknown (no entity's @Id or join columns map it)");
				continue;
			}
			// A table outside the default schema is named with its schema (billing.payment), as SQL names it.
			int dot = table.table().indexOf('.');
			StringBuilder mapping = new StringBuilder();
			mapping.append("    - legacy: ").append((dot < 0) ? "public." : "").append(table.table()).append('\n');
			mapping.append("      service: ").append(schema).append('.').append(table.table().substring(dot + 1)).append('\n');
			mapping.append("      key: [").append(String.join(", ", key)).append("]\n");
			mapping.append("      columns:\n");
			columns.stream().map(ColumnFacts::name).distinct()
				.forEach(column -> mapping.append("        ").append(column).append(": ").append(column).append('\n'));
			tables.add(mapping.toString());
		}
		return tables;
	}

	/** An endpoint a draft serves, by the context that drafts it. */
	private record Claim(String context, String endpoint) {
	}

}
