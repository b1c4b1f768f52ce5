package dev.stranglerfig.analyzer.report;

import java.util.List;
import java.util.Locale;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.ownership.CrossContextCall;
import dev.stranglerfig.analyzer.ownership.TableOwner;

/**
 * The context map as inline SVG: contexts on a circle (the same input always draws the same map), each a disc
 * whose area grows with its classes; a line between two contexts as thick as the call sites between them plus
 * the tables they share, labelled with both counts.
 */
final class ContextMapSvg {

	private static final int SIZE = 640;

	private static final double RING = 230;

	private ContextMapSvg() {
	}

	static String of(Analysis analysis) {
		List<String> names = analysis.suggestion().names();
		int k = names.size();
		int[][] calls = new int[k][k];
		int[][] tables = new int[k][k];
		for (CrossContextCall call : analysis.crossContextCalls()) {
			calls[names.indexOf(call.fromContext())][names.indexOf(call.toContext())] += call.callSites();
		}
		for (TableOwner table : analysis.tables()) {
			int owner = names.indexOf(table.owner());
			table.readers().stream().filter(user -> !user.equals(table.owner()))
				.forEach(user -> tables[names.indexOf(user)][owner]++);
			table.writers().stream().filter(user -> !user.equals(table.owner()) && !table.readers().contains(user))
				.forEach(user -> tables[names.indexOf(user)][owner]++);
		}
		List<List<Integer>> members = analysis.suggestion().members();
		int largest = members.stream().mapToInt(List::size).max().orElse(1);
		double[] x = new double[k];
		double[] y = new double[k];
		for (int c = 0; c < k; c++) {
			double angle = 2 * Math.PI * c / k - Math.PI / 2;
			x[c] = SIZE / 2.0 + ((k == 1) ? 0 : RING * Math.cos(angle));
			y[c] = SIZE / 2.0 + ((k == 1) ? 0 : RING * Math.sin(angle));
		}
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"context map\">%n",
				SIZE, SIZE, SIZE, SIZE));
		for (int a = 0; a < k; a++) {
			for (int b = a + 1; b < k; b++) {
				int callSites = calls[a][b] + calls[b][a];
				int shared = tables[a][b] + tables[b][a];
				if (callSites + shared == 0) {
					continue;
				}
				svg.append(String.format(Locale.ROOT,
						"<line class=\"tie\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"><title>%s - %s: %d call sites, %d shared tables</title></line>%n",
						x[a], y[a], x[b], y[b], 1 + Math.log1p(callSites + shared) * 1.5, Html.escape(names.get(a)),
						Html.escape(names.get(b)), callSites, shared));
				svg.append(String.format(Locale.ROOT, "<text class=\"tie-label\" x=\"%.1f\" y=\"%.1f\">%d/%d</text>%n",
						(x[a] + x[b]) / 2, (y[a] + y[b]) / 2, callSites, shared));
			}
		}
		for (int c = 0; c < k; c++) {
			int classes = members.get(c).size();
			double radius = 12 + 28 * Math.sqrt((double) classes / largest);
			svg.append(String.format(Locale.ROOT,
					"<g class=\"context\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%s: %d classes</title></circle>"
							+ "<text x=\"%.1f\" y=\"%.1f\">%s (%d)</text></g>%n",
					x[c], y[c], radius, Html.escape(names.get(c)), classes, x[c], y[c] + radius + 14, Html.escape(names.get(c)), classes));
		}
		return svg.append("</svg>\n").toString();
	}

}
