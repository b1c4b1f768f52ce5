package dev.stranglerfig.analyzer.contexts;

import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.analyzer.graph.WeightedGraph;

/**
 * Brings a community assignment to exactly K communities when the user asks for K ({@code --contexts}). Too
 * many: merge the pair whose merge costs the least modularity (gain 2(w_ab/2m - tot_a tot_b/(2m)^2), highest
 * first), never two differently pinned ones. Too few: split the largest community by running Louvain on it
 * alone, raising the resolution until it falls apart. Stops early when neither can go on.
 */
final class ContextCount {

	private static final int MAX_SPLIT_ATTEMPTS = 8;

	private final WeightedGraph graph;

	private final int[] pins;

	private final long seed;

	ContextCount(WeightedGraph graph, int[] pins, long seed) {
		this.graph = graph;
		this.pins = pins;
		this.seed = seed;
	}

	int[] adjust(int[] communities, int target, double resolution) {
		int[] current = communities.clone();
		int count = Louvain.relabel(current);
		while (count < target && split(current, count, resolution)) {
			count = Louvain.relabel(current);
		}
		while (count > target && merge(current, count)) {
			count = Louvain.relabel(current);
		}
		return current;
	}

	private boolean merge(int[] communities, int count) {
		double m2 = 2 * this.graph.totalWeight();
		double[] total = new double[count];
		double[][] between = new double[count][count];
		int[] pin = new int[count];
		java.util.Arrays.fill(pin, -1);
		for (int node = 0; node < this.graph.size(); node++) {
			int a = communities[node];
			total[a] += this.graph.degree(node);
			if (this.pins[node] >= 0) {
				pin[a] = this.pins[node];
			}
			for (var edge : this.graph.neighbours(node).entrySet()) {
				between[a][communities[edge.getKey()]] += edge.getValue();
			}
		}
		int bestA = -1;
		int bestB = -1;
		double bestGain = Double.NEGATIVE_INFINITY;
		for (int a = 0; a < count; a++) {
			for (int b = a + 1; b < count; b++) {
				if (pin[a] >= 0 && pin[b] >= 0 && pin[a] != pin[b]) {
					continue;
				}
				double gain = (m2 == 0) ? 0 : 2 * (between[a][b] / m2 - total[a] * total[b] / (m2 * m2));
				if (gain > bestGain) {
					bestGain = gain;
					bestA = a;
					bestB = b;
				}
			}
		}
		if (bestA < 0) {
			return false;
		}
		for (int node = 0; node < communities.length; node++) {
			if (communities[node] == bestB) {
				communities[node] = bestA;
			}
		}
		return true;
	}

	private boolean split(int[] communities, int count, double resolution) {
		int[] sizes = new int[count];
		for (int c : communities) {
			sizes[c]++;
		}
		List<Integer> bySize = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			bySize.add(c);
		}
		bySize.sort((a, b) -> (sizes[b] != sizes[a]) ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
		for (int largest : bySize) {
			if (sizes[largest] > 1 && splitOne(communities, largest, count, resolution)) {
				return true;
			}
		}
		return false;
	}

	private boolean splitOne(int[] communities, int target, int count, double resolution) {
		List<Integer> members = new ArrayList<>();
		for (int node = 0; node < communities.length; node++) {
			if (communities[node] == target) {
				members.add(node);
			}
		}
		WeightedGraph sub = new WeightedGraph(members.size());
		int[] subPins = new int[members.size()];
		for (int i = 0; i < members.size(); i++) {
			subPins[i] = this.pins[members.get(i)];
			for (int j = 0; j < members.size(); j++) {
				double w = this.graph.weight(members.get(i), members.get(j));
				if (i < j && w > 0) {
					sub.add(i, j, w);
				}
			}
		}
		double gamma = resolution;
		for (int attempt = 0; attempt < MAX_SPLIT_ATTEMPTS; attempt++, gamma *= 2) {
			int[] parts = new Louvain(gamma, this.seed).communities(sub, subPins);
			if (java.util.Arrays.stream(parts).max().orElse(0) > 0) {
				for (int i = 0; i < members.size(); i++) {
					// Part 0 keeps the community's number; the others become new communities.
					communities[members.get(i)] = (parts[i] == 0) ? target : count + parts[i] - 1;
				}
				return true;
			}
		}
		return false;
	}

}
