package dev.stranglerfig.analyzer.contexts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.stranglerfig.analyzer.graph.ClassGraph;

/**
 * Names each community from its dominant package segment (most classes; ties alphabetical), or from its pin.
 * A second community with the same name gets {@code -2}, and so on, in community order.
 */
final class ContextNamer {

	private ContextNamer() {
	}

	static List<String> names(ClassGraph graph, int[] community, int count, Map<Integer, String> pinNames) {
		PackageSegments segments = new PackageSegments(graph);
		List<Map<String, Integer>> votes = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			votes.add(new TreeMap<>());
		}
		for (int node = 0; node < graph.size(); node++) {
			votes.get(community[node]).merge(segments.of(graph.node(node).packageName()), 1, Integer::sum);
		}
		List<String> names = new ArrayList<>();
		Set<String> taken = new HashSet<>(pinNames.values());
		for (int c = 0; c < count; c++) {
			if (pinNames.containsKey(c)) {
				names.add(pinNames.get(c));
				continue;
			}
			String dominant = votes.get(c).entrySet().stream()
				.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
				.map(Map.Entry::getKey)
				.orElse("context");
			String name = dominant;
			for (int n = 2; taken.contains(name); n++) {
				name = dominant + "-" + n;
			}
			taken.add(name);
			names.add(name);
		}
		return names;
	}

}
