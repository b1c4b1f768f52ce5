package dev.stranglerfig.analyzer.operate;

import java.io.PrintWriter;

import tools.jackson.databind.JsonNode;

/** The proxy's dry-run answer (route lines added and removed), printed as a diff. */
final class RouteDiff {

	private RouteDiff() {
	}

	static void print(JsonNode diff, PrintWriter out) {
		JsonNode added = diff.get("added");
		JsonNode removed = diff.get("removed");
		if (added.isEmpty() && removed.isEmpty()) {
			out.println("  (no route changes)");
			return;
		}
		removed.forEach(line -> out.println("  - " + line.asString()));
		added.forEach(line -> out.println("  + " + line.asString()));
	}

}
