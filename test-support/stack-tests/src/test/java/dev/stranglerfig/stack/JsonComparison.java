package dev.stranglerfig.stack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Names the paths where two JSON documents differ, leaving out the plan's {@code shadow.ignore} paths
 * ({@code $.createdAt}, {@code $.content[*].updatedAt}). Arrays compare position by position, as the
 * proxy's shadow comparison does, so an order difference counts.
 */
final class JsonComparison {

	private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$-]*)|\\[(\\*|\\d+)]");

	private final List<List<String>> ignored;

	JsonComparison(List<String> ignoredPaths) {
		this.ignored = ignoredPaths.stream().map(JsonComparison::steps).toList();
	}

	List<String> differences(JsonNode legacy, JsonNode service) {
		List<String> differences = new ArrayList<>();
		walk(legacy, service, new ArrayList<>(), differences);
		return differences;
	}

	private void walk(JsonNode legacy, JsonNode service, List<String> path, List<String> differences) {
		if (this.ignored.stream().anyMatch(pattern -> covers(pattern, path))) {
			return;
		}
		if (legacy == null || service == null) {
			differences.add(render(path) + ": " + legacy + " vs " + service);
		}
		else if (legacy.isObject() && service.isObject()) {
			Set<String> names = new LinkedHashSet<>(legacy.propertyNames());
			names.addAll(service.propertyNames());
			for (String name : names) {
				path.add(name);
				walk(legacy.get(name), service.get(name), path, differences);
				path.remove(path.size() - 1);
			}
		}
		else if (legacy.isArray() && service.isArray()) {
			for (int i = 0; i < Math.max(legacy.size(), service.size()); i++) {
				path.add("[" + i + "]");
				walk(legacy.get(i), service.get(i), path, differences);
				path.remove(path.size() - 1);
			}
		}
		else if (!legacy.equals(service)) {
			differences.add(render(path) + ": " + legacy + " vs " + service);
		}
	}

	private static boolean covers(List<String> pattern, List<String> path) {
		if (pattern.size() > path.size()) {
			return false;
		}
		for (int i = 0; i < pattern.size(); i++) {
			String step = pattern.get(i);
			if (!step.equals(path.get(i)) && !(step.equals("[*]") && path.get(i).startsWith("["))) {
				return false;
			}
		}
		return true;
	}

	private static List<String> steps(String jsonPath) {
		if (!jsonPath.startsWith("$")) {
			throw new IllegalArgumentException("Not a JSON path: " + jsonPath);
		}
		List<String> steps = new ArrayList<>();
		Matcher matcher = STEP.matcher(jsonPath);
		int end = 1;
		while (matcher.find(end) && matcher.start() == end) {
			steps.add((matcher.group(1) != null) ? matcher.group(1) : "[" + matcher.group(2) + "]");
			end = matcher.end();
		}
		if (end != jsonPath.length()) {
			throw new IllegalArgumentException("Unsupported JSON path: " + jsonPath);
		}
		return steps;
	}

	private static String render(List<String> path) {
		StringBuilder rendered = new StringBuilder("$");
		path.forEach(step -> rendered.append(step.startsWith("[") ? step : "." + step));
		return rendered.toString();
	}

}
