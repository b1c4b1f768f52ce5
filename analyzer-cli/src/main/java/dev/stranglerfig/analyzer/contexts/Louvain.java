package dev.stranglerfig.analyzer.contexts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.stranglerfig.analyzer.graph.WeightedGraph;

/**
 * Louvain community detection (Blondel et al. 2008) maximising modularity with a resolution parameter gamma:
 * Q = sum_c [ in_c / m - gamma * (tot_c / 2m)^2 ]. Local moving, then aggregation of communities into nodes, until
 * no node moves. Deterministic for a seed: the seed only fixes the order nodes are visited in; ties go to the
 * lowest community number.
 * <p>
 * Pinned nodes (what-if analysis) start together with the nodes of the same pin and never move; other nodes may
 * join them. So a community never holds two different pins.
 */
public final class Louvain {

	private static final double MIN_GAIN = 1e-12;

	private final double resolution;

	private final long seed;

	public Louvain(double resolution, long seed) {
		this.resolution = resolution;
		this.seed = seed;
	}

	/**
	 * @param pins per node, a pin group (>= 0) or -1
	 * @return per node, its community, numbered 0.. in order of each community's lowest node
	 */
	public int[] communities(WeightedGraph graph, int[] pins) {
		Random random = new Random(this.seed);
		int[] membership = new int[graph.size()];
		int[] levelPins = pins.clone();
		int[] initial = initialCommunities(pins);
		WeightedGraph level = graph;
		for (int i = 0; i < membership.length; i++) {
			membership[i] = i;
		}
		while (true) {
			int[] communities = moveNodes(level, initial, levelPins, random);
			int count = relabel(communities);
			if (count == level.size()) {
				break;
			}
			for (int i = 0; i < membership.length; i++) {
				membership[i] = communities[membership[i]];
			}
			int[] nextPins = new int[count];
			Arrays.fill(nextPins, -1);
			for (int node = 0; node < level.size(); node++) {
				if (levelPins[node] >= 0) {
					nextPins[communities[node]] = levelPins[node];
				}
			}
			level = aggregate(level, communities, count);
			levelPins = nextPins;
			initial = identity(count);
		}
		relabel(membership);
		return membership;
	}

	/** Each node alone, except that nodes with the same pin start in one community. */
	private static int[] initialCommunities(int[] pins) {
		int[] communities = identity(pins.length);
		Map<Integer, Integer> firstOfPin = new HashMap<>();
		for (int node = 0; node < pins.length; node++) {
			int first = node;
			if (pins[node] >= 0) {
				communities[node] = firstOfPin.computeIfAbsent(pins[node], pin -> first);
			}
		}
		return communities;
	}

	private static int[] identity(int size) {
		int[] identity = new int[size];
		for (int i = 0; i < size; i++) {
			identity[i] = i;
		}
		return identity;
	}

	private int[] moveNodes(WeightedGraph graph, int[] initial, int[] pins, Random random) {
		int n = graph.size();
		double m2 = 2 * graph.totalWeight();
		int[] community = initial.clone();
		double[] degree = new double[n];
		double[] total = new double[n];
		for (int node = 0; node < n; node++) {
			degree[node] = graph.degree(node);
			total[community[node]] += degree[node];
		}
		if (m2 == 0) {
			return community;
		}
		List<Integer> order = new ArrayList<>();
		for (int node = 0; node < n; node++) {
			order.add(node);
		}
		Collections.shuffle(order, random);
		// Reused across nodes: links[c] is the weight from the current node into community c.
		double[] links = new double[n];
		boolean moved = true;
		while (moved) {
			moved = false;
			for (int node : order) {
				if (pins[node] >= 0) {
					continue;
				}
				int from = community[node];
				List<Integer> candidates = new ArrayList<>();
				for (Map.Entry<Integer, Double> edge : graph.neighbours(node).entrySet()) {
					if (edge.getKey() != node) {
						int c = community[edge.getKey()];
						if (links[c] == 0) {
							candidates.add(c);
						}
						links[c] += edge.getValue();
					}
				}
				total[from] -= degree[node];
				int best = from;
				double bestGain = links[from] - this.resolution * total[from] * degree[node] / m2;
				Collections.sort(candidates);
				for (int c : candidates) {
					double gain = links[c] - this.resolution * total[c] * degree[node] / m2;
					if (gain > bestGain + MIN_GAIN) {
						best = c;
						bestGain = gain;
					}
				}
				total[best] += degree[node];
				links[from] = 0;
				candidates.forEach(c -> links[c] = 0);
				if (best != from) {
					community[node] = best;
					moved = true;
				}
			}
		}
		return community;
	}

	/** Renumbers communities 0..k-1 in order of their lowest node; returns k. */
	static int relabel(int[] communities) {
		Map<Integer, Integer> labels = new HashMap<>();
		for (int i = 0; i < communities.length; i++) {
			communities[i] = labels.computeIfAbsent(communities[i], c -> labels.size());
		}
		return labels.size();
	}

	private static WeightedGraph aggregate(WeightedGraph graph, int[] communities, int count) {
		WeightedGraph aggregated = new WeightedGraph(count);
		for (int node = 0; node < graph.size(); node++) {
			for (Map.Entry<Integer, Double> edge : graph.neighbours(node).entrySet()) {
				int other = edge.getKey();
				// Each undirected edge is seen from both ends; add it once (a self-loop is seen once).
				if (other > node) {
					aggregated.add(communities[node], communities[other], edge.getValue());
				}
				else if (other == node) {
					aggregated.add(communities[node], communities[node], edge.getValue());
				}
			}
		}
		return aggregated;
	}

}
