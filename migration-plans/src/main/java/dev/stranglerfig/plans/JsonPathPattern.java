package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * An ignore rule for the JSON comparison: {@code $.a.b}, {@code $.a[*].b}, {@code $.a[0].b}, {@code $.a.*},
 * {@code $..b} (at any depth) and {@code $['a b']}. A rule covers the value it names and everything inside it.
 */
final class JsonPathPattern {

	private final String expression;

	private final List<Segment> segments;

	private JsonPathPattern(String expression, List<Segment> segments) {
		this.expression = expression;
		this.segments = segments;
	}

	/** @throws IllegalArgumentException naming the expression and the supported forms */
	static JsonPathPattern parse(String expression) {
		if (!expression.startsWith("$")) {
			throw invalid(expression);
		}
		List<Segment> segments = new ArrayList<>();
		int i = 1;
		while (i < expression.length()) {
			if (expression.startsWith("..", i)) {
				int end = nameEnd(expression, i + 2);
				segments.add(new Segment(Kind.DESCENDANT, expression.substring(i + 2, end), -1));
				i = end;
			}
			else if (expression.charAt(i) == '.') {
				int end = nameEnd(expression, i + 1);
				String name = expression.substring(i + 1, end);
				segments.add("*".equals(name) ? new Segment(Kind.ANY_FIELD, null, -1) : new Segment(Kind.FIELD, name, -1));
				i = end;
			}
			else if (expression.charAt(i) == '[' && expression.indexOf(']', i) > i) {
				int end = expression.indexOf(']', i);
				segments.add(bracket(expression, expression.substring(i + 1, end).trim()));
				i = end + 1;
			}
			else {
				throw invalid(expression);
			}
		}
		return new JsonPathPattern(expression, List.copyOf(segments));
	}

	/** @param path field names (String) and array indexes (Integer) from the root */
	boolean covers(List<Object> path) {
		return matches(0, path, 0);
	}

	@Override
	public String toString() {
		return this.expression;
	}

	private boolean matches(int segment, List<Object> path, int step) {
		if (segment == this.segments.size()) {
			return true;
		}
		Segment current = this.segments.get(segment);
		if (current.kind() == Kind.DESCENDANT) {
			for (int at = step; at < path.size(); at++) {
				if (nameMatches(current.name(), path.get(at)) && matches(segment + 1, path, at + 1)) {
					return true;
				}
			}
			return false;
		}
		return step < path.size() && current.accepts(path.get(step)) && matches(segment + 1, path, step + 1);
	}

	private static boolean nameMatches(String name, Object step) {
		return (step instanceof String field) && ("*".equals(name) || name.equals(field));
	}

	private static Segment bracket(String expression, String inside) {
		if ("*".equals(inside)) {
			return new Segment(Kind.ANY_INDEX, null, -1);
		}
		if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
				|| inside.startsWith("\"") && inside.endsWith("\""))) {
			return new Segment(Kind.FIELD, inside.substring(1, inside.length() - 1), -1);
		}
		try {
			return new Segment(Kind.INDEX, null, Integer.parseInt(inside));
		}
		catch (NumberFormatException ex) {
			throw invalid(expression);
		}
	}

	private static int nameEnd(String expression, int start) {
		int end = start;
		while (end < expression.length() && expression.charAt(end) != '.' && expression.charAt(end) != '[') {
			end++;
		}
		if (end == start) {
			throw invalid(expression);
		}
		return end;
	}

	private static IllegalArgumentException invalid(String expression) {
		return new IllegalArgumentException("'" + expression + "' is not a supported JSON path; use forms like "
				+ "$.a.b, $.a[*].b, $.a[0].b, $.a.* or $..b");
	}

	private enum Kind {

		FIELD, ANY_FIELD, INDEX, ANY_INDEX, DESCENDANT

	}

	private record Segment(Kind kind, String name, int index) {

		boolean accepts(Object step) {
			return switch (this.kind) {
				case FIELD -> this.name.equals(step);
				case ANY_FIELD -> step instanceof String;
				case INDEX -> Integer.valueOf(this.index).equals(step);
				case ANY_INDEX -> step instanceof Integer;
				case DESCENDANT -> false;
			};
		}

	}

}
