package dev.stranglerfig.analyzer.contexts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.WeightedGraph;

/** Proposes bounded contexts: Louvain on the class graph, pins respected, brought to K if asked, named. */
public final class ContextFinder {

	private final double resolution;

	private final long seed;

	private final Integer targetCount;

	private final List<Pin> pins;

	/**
	 * @param targetCount the number of contexts wanted, or null to keep what Louvain finds
	 */
	public ContextFinder(double resolution, long seed, Integer targetCount, List<Pin> pins) {
		this.resolution = resolution;
		this.seed = seed;
		this.targetCount = targetCount;
		this.pins = List.copyOf(pins);
	}

	public Decomposition suggest(ClassGraph graph) {
		WeightedGraph undirected = graph.undirected();
		List<String> pinNames = new ArrayList<>();
		int[] pinOf = new int[graph.size()];
		for (int node = 0; node < graph.size(); node++) {
			pinOf[node] = -1;
			for (Pin pin : this.pins) {
				if (pin.glob().matches(graph.name(node))) {
					if (!pinNames.contains(pin.context())) {
						pinNames.add(pin.context());
					}
					pinOf[node] = pinNames.indexOf(pin.context());
					break;
				}
			}
		}
		int[] communities = new Louvain(this.resolution, this.seed).communities(undirected, pinOf);
		placeIsolated(graph, undirected, communities, pinOf);
		if (this.targetCount != null) {
			communities = new ContextCount(undirected, pinOf, this.seed).adjust(communities, this.targetCount, this.resolution);
		}
		int count = Louvain.relabel(communities);
		Map<Integer, String> namesOfPinned = new HashMap<>();
		for (int node = 0; node < graph.size(); node++) {
			if (pinOf[node] >= 0) {
				namesOfPinned.put(communities[node], pinNames.get(pinOf[node]));
			}
		}
		return new Decomposition(ContextNamer.names(graph, communities, count, namesOfPinned), communities);
	}

	/**
	 * A class with no tie to any other (an exception nobody throws, say) would be a context of its own; it goes
	 * with the classes of its package instead, where most of them are.
	 */
	private static void placeIsolated(ClassGraph graph, WeightedGraph undirected, int[] communities, int[] pinOf) {
		PackageSegments segments = new PackageSegments(graph);
		for (int node = 0; node < graph.size(); node++) {
			if (undirected.degree(node) > 0 || pinOf[node] >= 0) {
				continue;
			}
			int isolated = node;
			String segment = segments.of(graph.node(node).packageName());
			Map<Integer, Integer> votes = new HashMap<>();
			for (int other = 0; other < graph.size(); other++) {
				if (undirected.degree(other) > 0 && segments.of(graph.node(other).packageName()).equals(segment)) {
					votes.merge(communities[other], 1, Integer::sum);
				}
			}
			votes.entrySet().stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
				.ifPresent(best -> communities[isolated] = best.getKey());
		}
	}

	/** The project's own structure: one context per feature package. */
	public static Decomposition byPackage(ClassGraph graph) {
		PackageSegments segments = new PackageSegments(graph);
		List<String> names = new ArrayList<>();
		int[] context = new int[graph.size()];
		for (int node = 0; node < graph.size(); node++) {
			String name = segments.of(graph.node(node).packageName());
			if (!names.contains(name)) {
				names.add(name);
			}
			context[node] = names.indexOf(name);
		}
		return new Decomposition(names, context);
	}

}
