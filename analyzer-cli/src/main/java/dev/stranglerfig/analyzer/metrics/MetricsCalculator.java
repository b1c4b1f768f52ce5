package dev.stranglerfig.analyzer.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.EdgeKind;
import dev.stranglerfig.analyzer.graph.TableUsage;
import dev.stranglerfig.analyzer.graph.UseCase;
import dev.stranglerfig.analyzer.graph.WeightedGraph;

/**
 * The Mono2Micro (FSE 2021) metrics over the class graph, with K contexts of N_i classes; a pair of classes
 * "has an edge" when either depends on the other:
 * <ul>
 * <li>SM = (1/K) sum_i mu_i/N_i^2 - (2/(K(K-1))) sum_{i<j} sigma_ij/(N_i N_j); mu_i = pairs inside i with an
 * edge, sigma_ij = pairs across i and j with an edge; the second term is 0 when K = 1;</li>
 * <li>ICP = weight of cross-context call edges / weight of all call edges (0 without calls);</li>
 * <li>IFN = number of cross-context pairs with an edge / K;</li>
 * <li>NED = 1 - (classes in contexts of 5..20 classes) / (all classes);</li>
 * <li>BCP = mean over contexts of ln(use cases touching the context), a context no use case touches counting
 * ln 1 = 0;</li>
 * <li>Q = sum_c [ in_c/m - (tot_c/2m)^2 ] on the undirected weighted graph;</li>
 * <li>table entropy = mean over tables of -sum_c p_c log2 p_c, p_c the share of the table's accessing classes
 * that sit in context c (0 when one context touches it).</li>
 * </ul>
 */
public final class MetricsCalculator {

	private MetricsCalculator() {
	}

	public static Metrics of(ClassGraph graph, Decomposition decomposition, List<UseCase> useCases,
			Collection<TableUsage> tables) {
		int k = decomposition.size();
		int[] context = decomposition.context();
		int[] sizes = new int[k];
		for (int c : context) {
			sizes[c]++;
		}
		long[][] pairs = new long[k][k];
		double crossCalls = 0;
		double allCalls = 0;
		for (int a = 0; a < graph.size(); a++) {
			for (int b : graph.out(a).keySet()) {
				double calls = graph.weight(a, b, EdgeKind.CALL);
				allCalls += calls;
				if (context[a] != context[b]) {
					crossCalls += calls;
				}
				// Count each unordered pair once: from its lower end, or from the only end that has an edge.
				if (a < b || graph.out(b).get(a) == null) {
					int ca = Math.min(context[a], context[b]);
					int cb = Math.max(context[a], context[b]);
					pairs[ca][cb]++;
				}
			}
		}
		double cohesion = 0;
		for (int i = 0; i < k; i++) {
			cohesion += pairs[i][i] / ((double) sizes[i] * sizes[i]);
		}
		double coupling = 0;
		long crossPairs = 0;
		for (int i = 0; i < k; i++) {
			for (int j = i + 1; j < k; j++) {
				coupling += pairs[i][j] / ((double) sizes[i] * sizes[j]);
				crossPairs += pairs[i][j];
			}
		}
		double sm = cohesion / k - ((k > 1) ? 2 * coupling / (k * (k - 1.0)) : 0);
		int wellSized = 0;
		for (int size : sizes) {
			if (size >= 5 && size <= 20) {
				wellSized += size;
			}
		}
		double ned = 1 - (double) wellSized / graph.size();
		return new Metrics(k, sm, (allCalls == 0) ? 0 : crossCalls / allCalls, (double) crossPairs / k, ned,
				bcp(graph, decomposition, useCases), modularity(graph.undirected(), context, k),
				tableEntropy(graph, decomposition, tables));
	}

	private static double bcp(ClassGraph graph, Decomposition decomposition, List<UseCase> useCases) {
		int[] touching = new int[decomposition.size()];
		for (UseCase useCase : useCases) {
			Set<Integer> contexts = new HashSet<>();
			useCase.classes().forEach(name -> contexts.add(decomposition.context()[graph.indexOf(name)]));
			contexts.forEach(c -> touching[c]++);
		}
		double sum = 0;
		for (int count : touching) {
			sum += Math.log(Math.max(1, count));
		}
		return sum / decomposition.size();
	}

	static double modularity(WeightedGraph graph, int[] context, int k) {
		double m = graph.totalWeight();
		if (m == 0) {
			return 0;
		}
		double[] inside = new double[k];
		double[] total = new double[k];
		for (int a = 0; a < graph.size(); a++) {
			total[context[a]] += graph.degree(a);
			for (Map.Entry<Integer, Double> edge : graph.neighbours(a).entrySet()) {
				int b = edge.getKey();
				if (context[a] == context[b] && a <= b) {
					inside[context[a]] += edge.getValue();
				}
			}
		}
		double q = 0;
		for (int c = 0; c < k; c++) {
			q += inside[c] / m - Math.pow(total[c] / (2 * m), 2);
		}
		return q;
	}

	private static double tableEntropy(ClassGraph graph, Decomposition decomposition, Collection<TableUsage> tables) {
		if (tables.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (TableUsage table : tables) {
			Map<Integer, Integer> byContext = new HashMap<>();
			table.accesses().keySet().forEach(name -> byContext.merge(decomposition.context()[graph.indexOf(name)], 1, Integer::sum));
			int all = table.accesses().size();
			for (int count : byContext.values()) {
				double p = (double) count / all;
				sum -= p * Math.log(p) / Math.log(2);
			}
		}
		return sum / tables.size();
	}

}
