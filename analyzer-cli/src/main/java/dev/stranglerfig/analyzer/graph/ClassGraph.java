package dev.stranglerfig.analyzer.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.TypeRef;

/**
 * The weighted, directed class graph of the classes being split (infrastructure left out). Nodes are indexes
 * into {@link #classes()}, in name order so that every run numbers them alike.
 */
public final class ClassGraph {

	private final List<ClassFacts> classes;

	private final Map<String, Integer> index = new HashMap<>();

	// from -> to -> kind -> weight; TreeMaps so iteration (and so clustering) is deterministic.
	private final List<Map<Integer, EnumMap<EdgeKind, Double>>> out = new ArrayList<>();

	// Classes changed together (--git): ties that are no dependency, so kept apart from the edges above.
	private final WeightedGraph coChange;

	public ClassGraph(List<ClassFacts> classes) {
		this.classes = List.copyOf(classes);
		this.coChange = new WeightedGraph(this.classes.size());
		for (int i = 0; i < this.classes.size(); i++) {
			this.index.put(this.classes.get(i).name(), i);
			this.out.add(new TreeMap<>());
		}
	}

	public void add(int from, int to, EdgeKind kind, double weight) {
		if (from != to) {
			this.out.get(from).computeIfAbsent(to, k -> new EnumMap<>(EdgeKind.class)).merge(kind, weight, Double::sum);
		}
	}

	public void addCoChange(int a, int b, double weight) {
		if (a != b) {
			this.coChange.add(a, b, weight);
		}
	}

	public int size() {
		return this.classes.size();
	}

	public List<ClassFacts> classes() {
		return this.classes;
	}

	public ClassFacts node(int i) {
		return this.classes.get(i);
	}

	public String name(int i) {
		return this.classes.get(i).name();
	}

	/** The node of a class, or -1 when the class is not in the graph. */
	public int indexOf(String name) {
		return this.index.getOrDefault(name, -1);
	}

	/** The node a reference means (a nested class means its top-level class), or -1 when not in the graph. */
	public int indexOf(TypeRef ref) {
		for (String candidate : ref.candidates()) {
			for (String name = candidate; name != null; name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : null) {
				Integer found = this.index.get(name);
				if (found != null) {
					return found;
				}
			}
		}
		return -1;
	}

	/** Targets of a node's edges with the weight of each kind. */
	public Map<Integer, EnumMap<EdgeKind, Double>> out(int from) {
		return this.out.get(from);
	}

	/** Weight from one class to another over all kinds. */
	public double weight(int from, int to) {
		EnumMap<EdgeKind, Double> kinds = this.out.get(from).get(to);
		return (kinds == null) ? 0 : kinds.entrySet().stream().mapToDouble(Map.Entry::getValue).sum();
	}

	public double weight(int from, int to, EdgeKind kind) {
		EnumMap<EdgeKind, Double> kinds = this.out.get(from).get(to);
		return (kinds == null) ? 0 : kinds.getOrDefault(kind, 0.0);
	}

	/**
	 * The same graph without direction (weights of both directions added) plus the co-change ties: what community
	 * detection and the placement explanations see.
	 */
	public WeightedGraph undirected() {
		WeightedGraph graph = new WeightedGraph(size());
		for (int from = 0; from < size(); from++) {
			for (int to : this.out.get(from).keySet()) {
				graph.add(from, to, weight(from, to));
			}
			for (Map.Entry<Integer, Double> tie : this.coChange.neighbours(from).entrySet()) {
				if (from < tie.getKey()) {
					graph.add(from, tie.getKey(), tie.getValue());
				}
			}
		}
		return graph;
	}

}
