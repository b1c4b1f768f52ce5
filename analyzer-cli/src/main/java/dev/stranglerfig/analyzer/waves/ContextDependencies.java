package dev.stranglerfig.analyzer.waves;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.EdgeKind;
import dev.stranglerfig.analyzer.ownership.TableOwner;

/**
 * How much each context depends on each other one. {@code weight[a][b]} adds the class-graph edges from a's
 * classes to b's and, for each table b owns that a touches, the table edge weight when a reads it and twice that
 * when a writes it: writing another context's table is the tie a split has to replace with an API call. Coupling
 * (class ties in and out) and shared tables are what make a context hard to cut out.
 */
record ContextDependencies(List<String> names, double[][] weight, double[] coupling, int[] sharedTables) {

	static ContextDependencies of(ClassGraph graph, Decomposition decomposition, List<TableOwner> tables) {
		int k = decomposition.size();
		double[][] weight = new double[k][k];
		double[] coupling = new double[k];
		int[] shared = new int[k];
		int[] context = decomposition.context();
		for (int a = 0; a < graph.size(); a++) {
			for (int b : graph.out(a).keySet()) {
				if (context[a] != context[b]) {
					double w = graph.weight(a, b);
					weight[context[a]][context[b]] += w;
					coupling[context[a]] += w;
					coupling[context[b]] += w;
				}
			}
		}
		List<String> names = decomposition.names();
		for (TableOwner table : tables) {
			int owner = names.indexOf(table.owner());
			Set<String> users = new HashSet<>(table.readers());
			users.addAll(table.writers());
			for (String user : users) {
				int c = names.indexOf(user);
				if (table.shared()) {
					shared[c]++;
				}
				if (c != owner) {
					weight[c][owner] += EdgeKind.TABLE.weight() * (table.writers().contains(user) ? 2 : 1);
				}
			}
		}
		return new ContextDependencies(names, weight, coupling, shared);
	}

	int size() {
		return this.names.size();
	}

}
