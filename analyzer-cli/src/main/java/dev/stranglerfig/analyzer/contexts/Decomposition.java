package dev.stranglerfig.analyzer.contexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stranglerfig.analyzer.graph.ClassGraph;

/**
 * A split of the class graph's nodes into named contexts: the suggestion, or the project's own packages as the
 * baseline. {@code context[node]} indexes {@link #names()}.
 */
public record Decomposition(List<String> names, int[] context) {

	public int size() {
		return this.names.size();
	}

	public String contextOf(int node) {
		return this.names.get(this.context[node]);
	}

	/** Nodes of each context, by context index. */
	public List<List<Integer>> members() {
		List<List<Integer>> members = new ArrayList<>();
		this.names.forEach(name -> members.add(new ArrayList<>()));
		for (int node = 0; node < this.context.length; node++) {
			members.get(this.context[node]).add(node);
		}
		return members;
	}

	/** Class name -> context name. */
	public Map<String, String> byClass(ClassGraph graph) {
		Map<String, String> byClass = new TreeMap<>();
		for (int node = 0; node < this.context.length; node++) {
			byClass.put(graph.name(node), contextOf(node));
		}
		return byClass;
	}

}
