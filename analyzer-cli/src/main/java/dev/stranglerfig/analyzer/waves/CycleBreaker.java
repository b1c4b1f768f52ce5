package dev.stranglerfig.analyzer.waves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes the context dependencies acyclic by dropping weak ties. A cycle means no context in it can leave the
 * monolith without calling back into it; the cheapest such call-back is over the weakest dependency. So, while a
 * cycle is left, the weakest dependency inside any cycle is dropped (ties by name, for a stable result); then the
 * dropped ones are put back, strongest first, wherever that closes no cycle, so only ties that were needed to
 * break a cycle stay dropped.
 */
final class CycleBreaker {

	private CycleBreaker() {
	}

	/** Drops ties from {@code edges} (changed in place) until it is acyclic; returns the ties dropped. */
	static List<WeakTie> breakCycles(ContextDependencies dependencies, boolean[][] edges) {
		List<WeakTie> dropped = new ArrayList<>();
		List<List<Integer>> cycles;
		while (!(cycles = cycles(edges)).isEmpty()) {
			WeakTie weakest = null;
			for (List<Integer> cycle : cycles) {
				for (int a : cycle) {
					for (int b : cycle) {
						if (edges[a][b] && (weakest == null || weaker(dependencies, a, b, weakest))) {
							weakest = tie(dependencies, a, b, cycle, edges);
						}
					}
				}
			}
			edges[dependencies.names().indexOf(weakest.from())][dependencies.names().indexOf(weakest.to())] = false;
			dropped.add(weakest);
		}
		List<WeakTie> kept = new ArrayList<>();
		dropped.sort(Comparator.comparingDouble(WeakTie::weight).reversed());
		for (WeakTie tie : dropped) {
			int a = dependencies.names().indexOf(tie.from());
			int b = dependencies.names().indexOf(tie.to());
			if (reaches(edges, b, a)) {
				kept.add(tie);
			}
			else {
				edges[a][b] = true;
			}
		}
		kept.sort(Comparator.comparingDouble(WeakTie::weight).thenComparing(WeakTie::from).thenComparing(WeakTie::to));
		return kept;
	}

	private static List<List<Integer>> cycles(boolean[][] edges) {
		return StronglyConnected.of(edges).stream().filter(component -> component.size() > 1).toList();
	}

	private static boolean weaker(ContextDependencies dependencies, int a, int b, WeakTie than) {
		double w = dependencies.weight()[a][b];
		if (w != than.weight()) {
			return w < than.weight();
		}
		String from = dependencies.names().get(a);
		String to = dependencies.names().get(b);
		return (from + " " + to).compareTo(than.from() + " " + than.to()) < 0;
	}

	private static WeakTie tie(ContextDependencies dependencies, int a, int b, List<Integer> cycle, boolean[][] edges) {
		double strongest = 0;
		for (int x : cycle) {
			for (int y : cycle) {
				if (edges[x][y]) {
					strongest = Math.max(strongest, dependencies.weight()[x][y]);
				}
			}
		}
		List<String> names = cycle.stream().map(dependencies.names()::get).sorted().toList();
		return new WeakTie(dependencies.names().get(a), dependencies.names().get(b), dependencies.weight()[a][b], names, strongest);
	}

	private static boolean reaches(boolean[][] edges, int from, int to) {
		boolean[] seen = new boolean[edges.length];
		List<Integer> stack = new ArrayList<>(List.of(from));
		while (!stack.isEmpty()) {
			int v = stack.remove(stack.size() - 1);
			if (v == to) {
				return true;
			}
			if (seen[v]) {
				continue;
			}
			seen[v] = true;
			for (int w = 0; w < edges.length; w++) {
				if (edges[v][w]) {
					stack.add(w);
				}
			}
		}
		return false;
	}

}
