package dev.stranglerfig.analyzer.waves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tarjan's strongly connected components of a small directed graph given as an adjacency matrix. */
final class StronglyConnected {

	private final boolean[][] edges;

	private final int[] index;

	private final int[] low;

	private final boolean[] onStack;

	private final List<Integer> stack = new ArrayList<>();

	private final List<List<Integer>> components = new ArrayList<>();

	private int counter;

	private StronglyConnected(boolean[][] edges) {
		this.edges = edges;
		this.index = new int[edges.length];
		this.low = new int[edges.length];
		this.onStack = new boolean[edges.length];
		Arrays.fill(this.index, -1);
	}

	static List<List<Integer>> of(boolean[][] edges) {
		StronglyConnected tarjan = new StronglyConnected(edges);
		for (int v = 0; v < edges.length; v++) {
			if (tarjan.index[v] < 0) {
				tarjan.visit(v);
			}
		}
		return tarjan.components;
	}

	private void visit(int v) {
		this.index[v] = this.counter;
		this.low[v] = this.counter++;
		this.stack.add(v);
		this.onStack[v] = true;
		for (int w = 0; w < this.edges.length; w++) {
			if (!this.edges[v][w]) {
				continue;
			}
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
