package dev.stranglerfig.analyzer.waves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.ownership.TableOwner;

/**
 * Orders the contexts into extraction waves. Context A depends on B when A's classes depend on B's, or A touches
 * a table B owns. A context that depends on nothing left in the monolith can be cut out without its new service
 * calling back into the monolith, so the waves peel the dependency graph from its sinks: wave 1 holds the
 * contexts that depend on no other, wave 2 those that depend only on wave 1, and so on. Cycles would leave no
 * context free to go, so their weakest ties are dropped first ({@link CycleBreaker}) and reported. Inside a wave
 * the least coupled, least sharing context goes first.
 */
public final class ExtractionWaves {

	private ExtractionWaves() {
	}

	public static ExtractionOrder of(ClassGraph graph, Decomposition decomposition, List<TableOwner> tables) {
		ContextDependencies dependencies = ContextDependencies.of(graph, decomposition, tables);
		int k = dependencies.size();
		boolean[][] edges = new boolean[k][k];
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < k; b++) {
				edges[a][b] = a != b && dependencies.weight()[a][b] > 0;
			}
		}
		List<WeakTie> weakTies = CycleBreaker.breakCycles(dependencies, edges);
		List<Wave> waves = new ArrayList<>();
		boolean[] extracted = new boolean[k];
		for (int left = k; left > 0;) {
			List<Integer> ready = new ArrayList<>();
			for (int c = 0; c < k; c++) {
				if (!extracted[c] && dependsOnlyOnExtracted(edges[c], extracted)) {
					ready.add(c);
				}
			}
			ready.forEach(c -> extracted[c] = true);
			left -= ready.size();
			waves.add(new Wave(waves.size() + 1, ready.stream()
				.map(c -> new Wave.Step(dependencies.names().get(c), dependencies.coupling()[c], dependencies.sharedTables()[c]))
				.sorted(Comparator.comparingDouble(Wave.Step::coupling).thenComparingInt(Wave.Step::sharedTables)
					.thenComparing(Wave.Step::context))
				.toList()));
		}
		return new ExtractionOrder(waves, weakTies);
	}

	private static boolean dependsOnlyOnExtracted(boolean[] dependsOn, boolean[] extracted) {
		for (int other = 0; other < dependsOn.length; other++) {
			if (dependsOn[other] && !extracted[other]) {
				return false;
			}
		}
		return true;
	}

}
