package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON trees the way a plan's shadow does and names the paths that differ ({@code $.email},
 * {@code $.content[1].name}), leaving out the plan's ignored ones. Numbers compare by value, so {@code 1} and
 * {@code 1.0} are equal. The proxy's shadow diff and the services' contract tests both use it, so a contract
 * test that passes means a shadow that starts at zero differences.
 */
public final class JsonDiff {

	/** Enough to tell what is wrong; a response that differs everywhere would otherwise make a huge report. */
	public static final int MAX_DIFFERENCES = 50;

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

	private final List<JsonPathPattern> ignored;

	/** @throws IllegalArgumentException for an ignore rule that is not a supported JSON path */
	public JsonDiff(List<String> ignoredPaths) {
		this.ignored = ignoredPaths.stream().map(JsonPathPattern::parse).toList();
	}

	/** The differing paths, in document order, at most {@value #MAX_DIFFERENCES}. */
	public List<String> diff(JsonNode legacy, JsonNode service) {
		List<String> differences = new ArrayList<>();
		walk(legacy, service, new ArrayList<>(), differences);
		return differences;
	}

	private void walk(JsonNode legacy, JsonNode service, List<Object> path, List<String> differences) {
		if (differences.size() >= MAX_DIFFERENCES || ignored(path)) {
			return;
		}
		if (legacy == null || service == null) {
			differences.add(render(path));
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
				path.add(i);
				walk(legacy.get(i), service.get(i), path, differences);
				path.remove(path.size() - 1);
			}
		}
		else if (!sameValue(legacy, service)) {
			differences.add(render(path));
		}
	}

	private boolean ignored(List<Object> path) {
		for (JsonPathPattern pattern : this.ignored) {
			if (pattern.covers(path)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameValue(JsonNode legacy, JsonNode service) {
		if (legacy.isNumber() && service.isNumber()) {
			return legacy.decimalValue().compareTo(service.decimalValue()) == 0;
		}
		return legacy.equals(service);
	}

	static String render(List<Object> path) {
		StringBuilder rendered = new StringBuilder("$");
		for (Object step : path) {
			if (step instanceof Integer index) {
				rendered.append('[').append(index).append(']');
			}
			else if (PLAIN_NAME.matcher((String) step).matches()) {
				rendered.append('.').append(step);
			}
			else {
				rendered.append("['").append(step).append("']");
			}
		}
		return rendered.toString();
	}

}
