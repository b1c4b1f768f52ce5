package dev.stranglerfig.analyzer.graph;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Adds the co-change ties of commits to the class graph (see {@link EdgeKind#CO_CHANGE}). */
final class CoChanges {

	/** Larger commits are sweeping changes (formatting, renames, upgrades) that say nothing about domains. */
	static final int MAX_CLASSES_PER_COMMIT = 20;

	private CoChanges() {
	}

	/** Returns the number of commits that tied classes of the graph. */
	static int add(ClassGraph graph, List<Set<Path>> commits) {
		Map<Path, Set<Integer>> byFile = new HashMap<>();
		for (int node = 0; node < graph.size(); node++) {
			byFile.computeIfAbsent(graph.node(node).file().toAbsolutePath().normalize(), f -> new TreeSet<>()).add(node);
		}
		int used = 0;
		for (Set<Path> commit : commits) {
			Set<Integer> nodes = new TreeSet<>();
			commit.forEach(file -> nodes.addAll(byFile.getOrDefault(file, Set.of())));
			if (nodes.size() < 2 || nodes.size() > MAX_CLASSES_PER_COMMIT) {
				continue;
			}
			used++;
			double weight = EdgeKind.CO_CHANGE.weight() / (nodes.size() - 1);
			for (int a : nodes) {
				for (int b : nodes) {
					if (a < b) {
						graph.addCoChange(a, b, weight);
					}
				}
			}
		}
		return used;
	}

}
