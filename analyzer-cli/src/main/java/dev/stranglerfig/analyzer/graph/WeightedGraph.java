package dev.stranglerfig.analyzer.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An undirected weighted graph on nodes 0..n-1; a self-loop's weight counts once in {@link #weight(int, int)}
 * and twice in the node's degree, as modularity expects.
 */
public final class WeightedGraph {

	private final List<Map<Integer, Double>> adjacency = new ArrayList<>();

	public WeightedGraph(int size) {
		for (int i = 0; i < size; i++) {
			this.adjacency.add(new TreeMap<>());
		}
	}

	public void add(int a, int b, double weight) {
		this.adjacency.get(a).merge(b, weight, Double::sum);
		if (a != b) {
			this.adjacency.get(b).merge(a, weight, Double::sum);
		}
	}

	public int size() {
		return this.adjacency.size();
	}

	public Map<Integer, Double> neighbours(int node) {
		return this.adjacency.get(node);
	}

	public double weight(int a, int b) {
		return this.adjacency.get(a).getOrDefault(b, 0.0);
	}

	/** Sum of a node's edge weights, a self-loop counted twice. */
	public double degree(int node) {
		double degree = 0;
		for (Map.Entry<Integer, Double> edge : this.adjacency.get(node).entrySet()) {
			degree += (edge.getKey() == node) ? 2 * edge.getValue() : edge.getValue();
		}
		return degree;
	}

	/** Sum of all edge weights (m in the modularity formula). */
	public double totalWeight() {
		double twice = 0;
		for (int node = 0; node < size(); node++) {
			twice += degree(node);
		}
		return twice / 2;
	}

}
