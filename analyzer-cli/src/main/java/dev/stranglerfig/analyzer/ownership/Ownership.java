package dev.stranglerfig.analyzer.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.AnalysisGraph;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.TableUsage;
import dev.stranglerfig.analyzer.graph.WeightedGraph;
import dev.stranglerfig.analyzer.source.CallSite;
import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.MethodFacts;

/** Gives tables an owner, lists the calls that cross contexts and explains where each class went. */
public final class Ownership {

	private static final int TIES_SHOWN = 3;

	private Ownership() {
	}

	public static List<TableOwner> tables(AnalysisGraph analysis, Decomposition decomposition) {
		ClassGraph graph = analysis.classes();
		List<TableOwner> owners = new ArrayList<>();
		for (TableUsage table : analysis.tables().values()) {
			Set<String> readers = new TreeSet<>();
			Set<String> writers = new TreeSet<>();
			Map<String, int[]> counts = new TreeMap<>();
			table.accesses().forEach((className, access) -> {
				String context = decomposition.contextOf(graph.indexOf(className));
				boolean write = access == TableUsage.Access.WRITE;
				(write ? writers : readers).add(context);
				counts.computeIfAbsent(context, c -> new int[2])[write ? 0 : 1]++;
			});
			String owner = (table.entity() != null) ? decomposition.contextOf(graph.indexOf(table.entity()))
					: counts.entrySet().stream()
						.max(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> e.getValue()[0])
							.thenComparingInt(e -> e.getValue()[1]))
						.map(Map.Entry::getKey).orElseThrow();
			owners.add(new TableOwner(table.name(), table.entity(), owner, readers, writers));
		}
		return owners;
	}

	public static List<CrossContextCall> crossContextCalls(AnalysisGraph analysis, Decomposition decomposition) {
		ClassGraph graph = analysis.classes();
		Map<String, ClassFacts> byName = new HashMap<>();
		graph.classes().forEach(c -> byName.put(c.name(), c));
		Map<String, CrossContextCall> calls = new TreeMap<>();
		for (int from = 0; from < graph.size(); from++) {
			ClassFacts caller = graph.node(from);
			for (MethodFacts method : caller.methods()) {
				for (CallSite call : method.calls()) {
					int to = graph.indexOf(call.target());
					if (to < 0 || decomposition.context()[to] == decomposition.context()[from]) {
						continue;
					}
					String toClass = graph.name(to);
					boolean event = !call.resultUsed() && byName.get(toClass).methods().stream()
						.anyMatch(m -> m.name().equals(call.method()) && m.voidResult());
					String key = caller.name() + "->" + toClass + "#" + call.method();
					CrossContextCall seen = calls.get(key);
					CrossContextCall.Kind kind = (event && (seen == null || seen.kind() == CrossContextCall.Kind.EVENT))
							? CrossContextCall.Kind.EVENT : CrossContextCall.Kind.API;
					calls.put(key, new CrossContextCall(decomposition.contextOf(from), decomposition.contextOf(to), caller.name(),
							toClass, call.method(), kind, (seen == null) ? 1 : seen.callSites() + 1));
				}
			}
		}
		return List.copyOf(calls.values());
	}

	public static List<Placement> placements(ClassGraph graph, Decomposition decomposition) {
		WeightedGraph undirected = graph.undirected();
		List<Placement> placements = new ArrayList<>();
		for (int node = 0; node < graph.size(); node++) {
			Map<String, Double> strength = new TreeMap<>();
			Map<String, Map<String, Double>> ties = new HashMap<>();
			for (Map.Entry<Integer, Double> edge : undirected.neighbours(node).entrySet()) {
				String context = decomposition.contextOf(edge.getKey());
				strength.merge(context, edge.getValue(), Double::sum);
				ties.computeIfAbsent(context, c -> new HashMap<>()).put(graph.node(edge.getKey()).simpleName(), edge.getValue());
			}
			String own = decomposition.contextOf(node);
			String runnerUp = strength.entrySet().stream().filter(e -> !e.getKey().equals(own))
				.max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
				.map(Map.Entry::getKey).orElse(null);
			placements.add(new Placement(graph.name(node), own, strength.getOrDefault(own, 0.0), strongest(ties.get(own)),
					runnerUp, (runnerUp == null) ? 0 : strength.get(runnerUp), strongest(ties.get(runnerUp))));
		}
		return placements;
	}

	private static Map<String, Double> strongest(Map<String, Double> ties) {
		Map<String, Double> strongest = new LinkedHashMap<>();
		if (ties != null) {
			ties.entrySet().stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(TIES_SHOWN)
				.forEach(e -> strongest.put(e.getKey(), e.getValue()));
		}
		return strongest;
	}

}
