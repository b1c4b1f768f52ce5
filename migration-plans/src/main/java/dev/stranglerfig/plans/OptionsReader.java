package dev.stranglerfig.plans;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads a plan's optional {@code canary}, {@code shadow}, {@code guards} and {@code readYourWrites}, defaulting what
 * is left out.
 */
final class OptionsReader {

	private static final Pattern COHORT_SOURCE = Pattern.compile("(header|cookie):([A-Za-z0-9!#$%&'*+.^_`~-]+)");

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

	// The proxy keeps one bucket (with a latency histogram) per second of the window, per side and context.
	private static final Duration MIN_WINDOW = Duration.ofSeconds(1);

	private static final Duration MAX_WINDOW = Duration.ofHours(1);

	private final PlanSource source;

	OptionsReader(PlanSource source) {
		this.source = source;
	}

	Canary canary(JsonNode node) {
		if (!mapping("/canary", node, List.of("percent", "cohort"), "canary: { percent: 10, cohort: \"header:X-User-Id\" }")) {
			return Canary.NONE;
		}
		Double percent = number("/canary/percent", node.get("percent"), 0, 100, true);
		List<CohortSource> cohort = new ArrayList<>();
		JsonNode sources = node.get("cohort");
		String text = (sources != null) ? this.source.text("/canary/cohort", sources,
				"write header:NAME or cookie:NAME, '|' separated, e.g. \"header:X-User-Id|cookie:SESSION\"") : null;
		boolean emptySource = false;
		for (String written : (text != null) ? text.split("\\|", -1) : new String[0]) {
			Matcher matcher = COHORT_SOURCE.matcher(written.trim());
			if (written.isBlank()) {
				emptySource = true;
			}
			else if (matcher.matches()) {
				cohort.add(new CohortSource(CohortSource.Kind.valueOf(matcher.group(1).toUpperCase()), matcher.group(2)));
			}
			else {
				this.source.problem("/canary/cohort", "canary.cohort source '" + written.trim()
						+ "' is not header:NAME or cookie:NAME; the client address is always the last fallback,"
						+ " so it needs no entry");
			}
		}
		if (emptySource) {
			this.source.problem("/canary/cohort", "canary.cohort is \"" + text
					+ "\"; it has an empty source, so remove the '|' with nothing on one side");
		}
		return new Canary((percent != null) ? percent.intValue() : 0, List.copyOf(cohort));
	}

	Shadow shadow(JsonNode node) {
		if (!mapping("/shadow", node, List.of("ignore", "sample", "allowWrites", "recheckAfter"),
				"shadow: { ignore: [\"$.updatedAt\"] }")) {
			return Shadow.DEFAULT;
		}
		List<String> paths = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		JsonNode ignore = node.get("ignore");
		if (ignore != null && !ignore.isArray()) {
			this.source.problem("/shadow/ignore", "shadow.ignore is " + ignore
					+ "; list JSON paths and headers, e.g. [\"$.updatedAt\", \"header:Date\"]");
		}
		for (int i = 0; ignore != null && ignore.isArray() && i < ignore.size(); i++) {
			String pointer = "/shadow/ignore/" + i;
			String entry = this.source.text(pointer, ignore.get(i), "write a JSON path like $.updatedAt or header:NAME");
			if (entry != null && entry.startsWith("header:") && entry.length() > "header:".length()) {
				headers.add(entry.substring("header:".length()));
			}
			else if (entry != null && entry.startsWith("$")) {
				try {
					JsonPathPattern.parse(entry);
					paths.add(entry);
				}
				catch (IllegalArgumentException ex) {
					this.source.problem(pointer, PlanSource.path(pointer) + ": " + ex.getMessage());
				}
			}
			else if (entry != null) {
				this.source.problem(pointer, PlanSource.path(pointer) + " is '" + entry
						+ "'; write a JSON path starting with $ (e.g. $.updatedAt) or header:NAME");
			}
		}
		Double sample = number("/shadow/sample", node.get("sample"), 0, 1, false);
		JsonNode allowWrites = node.get("allowWrites");
		if (allowWrites != null && !allowWrites.isBoolean()) {
			this.source.problem("/shadow/allowWrites", "shadow.allowWrites is " + allowWrites + "; write true or false");
		}
		Duration recheckAfter = duration("/shadow/recheckAfter", node.get("recheckAfter"));
		return new Shadow(List.copyOf(paths), List.copyOf(headers),
				(sample != null) ? sample : Shadow.DEFAULT.sample(),
				allowWrites != null && allowWrites.isBoolean() && allowWrites.booleanValue(),
				(recheckAfter != null) ? recheckAfter : Shadow.DEFAULT_RECHECK);
	}

	Guards guards(JsonNode node) {
		if (!mapping("/guards", node, List.of("maxErrorRateDelta", "maxP99LatencyRatio", "maxDiffRate", "window",
				"minRequests", "minErrors", "maxBridgeLag"), "guards: { maxErrorRateDelta: 0.01, window: 60s }")) {
			return Guards.DEFAULT;
		}
		Guards defaults = Guards.DEFAULT;
		Double errorRate = number("/guards/maxErrorRateDelta", node.get("maxErrorRateDelta"), 0, Double.MAX_VALUE, false);
		Double latency = number("/guards/maxP99LatencyRatio", node.get("maxP99LatencyRatio"), 0, Double.MAX_VALUE, false);
		Double diffRate = number("/guards/maxDiffRate", node.get("maxDiffRate"), 0, Double.MAX_VALUE, false);
		Double minRequests = number("/guards/minRequests", node.get("minRequests"), 0, Integer.MAX_VALUE, true);
		Double minErrors = number("/guards/minErrors", node.get("minErrors"), 0, Integer.MAX_VALUE, true);
		Duration window = window(node.get("window"));
		Duration maxBridgeLag = duration("/guards/maxBridgeLag", node.get("maxBridgeLag"));
		return new Guards((errorRate != null) ? errorRate : defaults.maxErrorRateDelta(),
				(latency != null) ? latency : defaults.maxP99LatencyRatio(),
				(diffRate != null) ? diffRate : defaults.maxDiffRate(), (window != null) ? window : defaults.window(),
				(minRequests != null) ? minRequests.intValue() : defaults.minRequests(),
				(minErrors != null) ? minErrors.intValue() : defaults.minErrors(), maxBridgeLag);
	}

	private Duration window(JsonNode node) {
		Duration window = duration("/guards/window", node);
		if (window != null && (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0
				|| window.toMillis() % 1000 != 0)) {
			this.source.problem("/guards/window", "guards.window is " + node.stringValue()
					+ "; it must be between 1s and 1h in whole seconds (the proxy keeps a bucket per second of it), e.g. 60s");
			return null;
		}
		return window;
	}

	/** Whether the optional section at {@code pointer} is there and a mapping (reporting it when it is not). */
	private boolean mapping(String pointer, JsonNode node, List<String> keys, String example) {
		if (node == null) {
			return false;
		}
		if (!node.isObject()) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is " + node + "; write a mapping, e.g. " + example);
			return false;
		}
		this.source.allowOnly(pointer, node, keys, "in " + PlanSource.path(pointer));
		return true;
	}

	/** An optional number within [min, max], or null when it is left out or wrong (and reported). */
	private Double number(String pointer, JsonNode node, double min, double max, boolean whole) {
		if (node == null) {
			return null;
		}
		String range = (max == Double.MAX_VALUE || max == Integer.MAX_VALUE) ? "0 or more"
				: "between " + format(min) + " and " + format(max);
		String kind = whole ? "a whole number " : "a number ";
		if (!node.isNumber() || (whole && !node.isIntegralNumber())) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is " + node + "; it must be " + kind + range);
			return null;
		}
		double value = node.doubleValue();
		if (value < min || value > max) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is " + node.asString() + "; it must be " + range);
			return null;
		}
		return value;
	}

	Duration readYourWrites(JsonNode node) {
		Duration window = duration("/readYourWrites", node);
		return (window != null) ? window : Plan.DEFAULT_READ_YOUR_WRITES;
	}

	private Duration duration(String pointer, JsonNode node) {
		if (node == null) {
			return null;
		}
		Matcher matcher = DURATION.matcher(node.isString() ? node.stringValue() : "");
		if (!matcher.matches()) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is " + node
					+ "; write a duration with a unit, e.g. 500ms, 60s, 2m or 1h");
			return null;
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "ms" -> Duration.ofMillis(amount);
			case "s" -> Duration.ofSeconds(amount);
			case "m" -> Duration.ofMinutes(amount);
			default -> Duration.ofHours(amount);
		};
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
