package dev.stranglerfig.plans;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The syntax of endpoint patterns and when two of them could match the same request. */
final class EndpointPattern {

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");

	private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");

	private EndpointPattern() {
	}

	/** Why {@code method} is not one a plan may name, or empty. */
	static Optional<String> refusalOfMethod(String method) {
		return METHODS.contains(method) ? Optional.empty()
				: Optional.of("method '" + method + "' is not one of " + String.join(", ", METHODS)
						+ " (upper case)");
	}

	/** Why {@code path} is not a pattern of literal and {@code {name}} segments, or empty. */
	static Optional<String> refusalOfPath(String path) {
		if (!path.startsWith("/") || path.length() == 1) {
			return Optional.of("path '" + path + "' must start with / and name at least one segment, e.g. /api/users/{id}");
		}
		for (String segment : path.substring(1).split("/", -1)) {
			if (!LITERAL.matcher(segment).matches() && !VARIABLE.matcher(segment).matches()) {
				return Optional.of("path '" + path + "' has the segment '" + segment
						+ "'; a segment is literal (letters, digits, . _ ~ -) or a variable like {id}, with no"
						+ " empty segments, wildcards or query strings");
			}
		}
		return Optional.empty();
	}

	/**
	 * The path's segments. Two endpoints of the same method could match the same request when they have as many
	 * segments and each pair is equal or has a variable.
	 */
	static String[] segments(Endpoint endpoint) {
		return endpoint.path().split("/");
	}

	static boolean variable(String segment) {
		return segment.startsWith("{");
	}

	/** The same endpoint whatever its variables are called: {@code GET /api/users/{}}. */
	static String shape(Endpoint endpoint) {
		return endpoint.method() + " " + VARIABLE.matcher(endpoint.path()).replaceAll("{}");
	}

}
