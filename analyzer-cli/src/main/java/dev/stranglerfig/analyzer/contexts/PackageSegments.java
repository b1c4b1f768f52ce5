package dev.stranglerfig.analyzer.contexts;

import java.util.List;
import java.util.Locale;

import dev.stranglerfig.analyzer.graph.ClassGraph;

/**
 * The package segment that tells a class's feature: the first segment after the prefix all classes share
 * ({@code dev.stranglerfig.legacy.orders.api} -> {@code orders}). Names contexts and defines the package baseline.
 */
final class PackageSegments {

	private final int commonLength;

	PackageSegments(ClassGraph graph) {
		String[] common = null;
		int length = 0;
		for (int node = 0; node < graph.size(); node++) {
			String[] segments = graph.node(node).packageName().split("\\.");
			if (common == null) {
				common = segments;
				length = segments.length;
			}
			int i = 0;
			while (i < length && i < segments.length && common[i].equals(segments[i])) {
				i++;
			}
			length = i;
		}
		this.commonLength = length;
	}

	String of(String packageName) {
		List<String> segments = List.of(packageName.split("\\."));
		String segment = (segments.size() > this.commonLength) ? segments.get(this.commonLength)
				: segments.get(segments.size() - 1);
		return contextName(segment.isEmpty() ? "root" : segment);
	}

	/** A plan's context name: {@code [a-z][a-z0-9-]*}. */
	static String contextName(String raw) {
		String name = raw.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
			.replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
		return name.isEmpty() ? "context" : name;
	}

}
