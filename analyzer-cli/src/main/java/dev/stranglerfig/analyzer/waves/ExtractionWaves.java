package dev.stranglerfig.analyzer.waves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.ownership.TableOwner;

/**
 * Orders the contexts into extraction waves. Context A depends on B when A's classes depend on B's, or A touches
 * a table B owns. A context that depends on nothing left in the monolith can be cut out without its new service
 * calling back into the monolith, so the waves peel the dependency graph from its sinks: wave 1 holds the
 * contexts (cycles collapsed into one group, Tarjan) that depend on no other group, wave 2 those that depend
 * only on wave 1, and so on. Inside a wave the least coupled, least sharing group goes first.
 */
public final class ExtractionWaves {

	private ExtractionWaves() {
	}

	public static List<Wave> of(ClassGraph graph, Decomposition decomposition, List<TableOwner> tables) {
		int k = decomposition.size();
		List<Set<Integer>> dependsOn = new ArrayList<>();
		double[] coupling = new double[k];
		int[] shared = new int[k];
		for (int c = 0; c < k; c++) {
			dependsOn.add(new TreeSet<>());
		}
		int[] context = decomposition.context();
		for (int a = 0; a < graph.size(); a++) {
			for (int b : graph.out(a).keySet()) {
				if (context[a] != context[b]) {
					dependsOn.get(context[a]).add(context[b]);
					double w = graph.weight(a, b);
					coupling[context[a]] += w;
					coupling[context[b]] += w;
				}
			}
		}
		for (TableOwner table : tables) {
			int owner = decomposition.names().indexOf(table.owner());
			Set<String> users = new HashSet<>(table.readers());
			users.addAll(table.writers());
			if (table.shared()) {
				users.forEach(user -> shared[decomposition.names().indexOf(user)]++);
			}
			users.stream().map(decomposition.names()::indexOf).filter(c -> c != owner).forEach(c -> dependsOn.get(c).add(owner));
		}
		List<List<Integer>> components = new StronglyConnected(dependsOn).components();
		int[] componentOf = new int[k];
		for (int i = 0; i < components.size(); i++) {
			for (int c : components.get(i)) {
				componentOf[c] = i;
			}
		}
		List<Wave> waves = new ArrayList<>();
		Set<Integer> extracted = new HashSet<>();
		while (extracted.size() < components.size()) {
			List<Wave.Group> groups = new ArrayList<>();
			List<Integer> ready = new ArrayList<>();
			for (int i = 0; i < components.size(); i++) {
				if (extracted.contains(i)) {
					continue;
				}
				int component = i;
				boolean free = components.get(i).stream().flatMap(c -> dependsOn.get(c).stream())
					.map(dep -> componentOf[dep]).allMatch(dep -> dep == component || extracted.contains(dep));
				if (free) {
					ready.add(i);
					List<Integer> members = components.get(i);
					// Inside a cycle, the least coupled context first: the one to cut loose first when breaking it.
					groups.add(new Wave.Group(members.stream()
						.sorted(Comparator.<Integer>comparingDouble(c -> coupling[c]).thenComparing(decomposition.names()::get))
						.map(decomposition.names()::get).toList(),
							members.stream().mapToDouble(c -> coupling[c]).sum(), members.stream().mapToInt(c -> shared[c]).sum()));
				}
			}
			extracted.addAll(ready);
			groups.sort(Comparator.comparingDouble(Wave.Group::coupling).thenComparingInt(Wave.Group::sharedTables)
				.thenComparing(g -> g.contexts().get(0)));
			waves.add(new Wave(waves.size() + 1, groups));
		}
		return waves;
	}

	/** Tarjan's strongly connected components. */
	private static final class StronglyConnected {

		private final List<Set<Integer>> edges;

		private final int[] index;

		private final int[] low;

		private final boolean[] onStack;

		private final List<Integer> stack = new ArrayList<>();

		private final List<List<Integer>> components = new ArrayList<>();

		private int counter;

		StronglyConnected(List<Set<Integer>> edges) {
			this.edges = edges;
			this.index = new int[edges.size()];
			this.low = new int[edges.size()];
			this.onStack = new boolean[edges.size()];
			java.util.Arrays.fill(this.index, -1);
		}

		List<List<Integer>> components() {
			for (int v = 0; v < this.edges.size(); v++) {
				if (this.index[v] < 0) {
					visit(v);
				}
			}
			return this.components;
		}

		private void visit(int v) {
			this.index[v] = this.counter;
			this.low[v] = this.counter++;
			this.stack.add(v);
			this.onStack[v] = true;
			for (int w : this.edges.get(v)) {
				if (this.index[w] < 0) {
					visit(w);
					this.low[v] = Math.min(this.low[v], this.low[w]);
				}
				else if (this.onStack[w]) {
					this.low[v] = Math.min(this.low[v], this.index[w]);
				}
			}
			if (this.low[v] == this.index[v]) {
				List<Integer> component = new ArrayList<>();
				int w;
				do {
					w = this.stack.remove(this.stack.size() - 1);
					this.onStack[w] = false;
					component.add(w);
				}
				while (w != v);
				this.components.add(component);
			}
		}

	}

}
