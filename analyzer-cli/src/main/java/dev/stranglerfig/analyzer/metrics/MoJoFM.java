package dev.stranglerfig.analyzer.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * MoJoFM (Wen and Tzerpos 2004): how close a decomposition A is to a reference B, 100 meaning equal.
 * MoJoFM = (1 - mno(A,B) / max mno(any A, B)) * 100, where mno counts the Move and Join operations that turn A
 * into B: each cluster of A is tagged with a B cluster it shares most objects with, a maximum bipartite matching
 * picks the tags that keep the most groups apart (G groups), moves = objects outside their cluster's tag, and
 * mno = moves + (clusters of A - G). The maximum over all A is n - g, g being how many B clusters can stay
 * distinct when sized in ascending order. Only objects present in both decompositions count.
 */
public final class MoJoFM {

	private MoJoFM() {
	}

	/** @param a object -> cluster; @param b object -> reference cluster */
	public static double of(Map<String, String> a, Map<String, String> b) {
		List<String> objects = new ArrayList<>(new TreeSet<>(a.keySet()));
		objects.retainAll(b.keySet());
		int n = objects.size();
		if (n == 0) {
			return 100;
		}
		List<String> aNames = objects.stream().map(a::get).distinct().sorted().toList();
		List<String> bNames = objects.stream().map(b::get).distinct().sorted().toList();
		int[][] overlap = new int[aNames.size()][bNames.size()];
		for (String object : objects) {
			overlap[aNames.indexOf(a.get(object))][bNames.indexOf(b.get(object))]++;
		}
		int moves = 0;
		List<List<Integer>> tags = new ArrayList<>();
		for (int[] row : overlap) {
			int max = Arrays.stream(row).max().orElse(0);
			moves += Arrays.stream(row).sum() - max;
			List<Integer> best = new ArrayList<>();
			for (int j = 0; j < row.length; j++) {
				if (row[j] == max) {
					best.add(j);
				}
			}
			tags.add(best);
		}
		int groups = maximumMatching(tags, bNames.size());
		long mno = moves + (aNames.size() - groups);
		long maxMno = n - distinctGroups(objects, b);
		return (maxMno == 0) ? 100 : (1 - (double) mno / maxMno) * 100;
	}

	private static int distinctGroups(List<String> objects, Map<String, String> b) {
		Map<String, Integer> sizes = new HashMap<>();
		objects.forEach(o -> sizes.merge(b.get(o), 1, Integer::sum));
		int[] ascending = sizes.values().stream().mapToInt(Integer::intValue).sorted().toArray();
		int g = 0;
		for (int size : ascending) {
			if (g < size) {
				g++;
			}
		}
		return g;
	}

	/** Kuhn's augmenting paths: A clusters on the left, their best B clusters on the right. */
	private static int maximumMatching(List<List<Integer>> edges, int right) {
		int[] matchOfRight = new int[right];
		Arrays.fill(matchOfRight, -1);
		int matched = 0;
		for (int left = 0; left < edges.size(); left++) {
			if (augment(left, edges, matchOfRight, new boolean[right])) {
				matched++;
			}
		}
		return matched;
	}

	private static boolean augment(int left, List<List<Integer>> edges, int[] matchOfRight, boolean[] seen) {
		for (int r : edges.get(left)) {
			if (!seen[r]) {
				seen[r] = true;
				if (matchOfRight[r] < 0 || augment(matchOfRight[r], edges, matchOfRight, seen)) {
					matchOfRight[r] = left;
					return true;
				}
			}
		}
		return false;
	}

}
