package dev.stranglerfig.analyzer.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.stranglerfig.plans.Phase;
import tools.jackson.databind.JsonNode;

/** The text of {@code strangler plan status}: one row per context, then each context's last changes. */
final class StatusTable {

	private static final List<String> HEADINGS = List.of("CONTEXT", "PHASE", "TO SERVICE", "ERRORS L/S", "P99 MS L/S",
			"DIFF RATE", "BRIDGE");

	private StatusTable() {
	}

	static String render(List<ContextStatus> contexts) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADINGS);
		contexts.forEach(context -> rows.add(row(context)));
		int[] widths = new int[HEADINGS.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row.get(i)));
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		if (!contexts.isEmpty() && contexts.get(0).traffic() != null) {
			text.append("(traffic over each plan's guards.window, as this proxy replica saw it)\n");
		}
		for (ContextStatus context : contexts) {
			if (!context.audit().isEmpty()) {
				text.append('\n').append(context.context()).append(": last changes\n");
				context.audit().forEach(entry -> text.append("  ").append(auditLine(entry)).append('\n'));
			}
		}
		return text.toString();
	}

	static List<String> row(ContextStatus context) {
		JsonNode plan = context.plan();
		String phase = Move.describe(Phase.of(plan.get("livePhase").asString()), plan.get("canaryPercent").asInt());
		JsonNode traffic = context.traffic();
		if (traffic == null) {
			return List.of(context.context(), phase, "-", "-", "-", "-", bridge(context));
		}
		JsonNode legacy = traffic.get("legacy");
		JsonNode service = traffic.get("service");
		long total = legacy.get("requests").asLong() + service.get("requests").asLong();
		String share = (total == 0) ? "no requests" : percent(traffic.get("serviceShare").asDouble()) + " of " + total;
		long comparisons = traffic.get("comparisons").asLong();
		String diffRate = (comparisons == 0) ? "-" : String.format(Locale.ROOT, "%.3f (%d/%d)",
				traffic.get("diffRate").asDouble(), traffic.get("diffs").asLong(), comparisons);
		return List.of(context.context(), phase, share, side(legacy, "errorRate") + " / " + side(service, "errorRate"),
				side(legacy, "p99Millis") + " / " + side(service, "p99Millis"), diffRate, bridge(context));
	}

	private static String side(JsonNode side, String field) {
		if (side.get("requests").asLong() == 0) {
			return "-";
		}
		double value = side.get(field).asDouble();
		return field.equals("errorRate") ? percent(value) : String.format(Locale.ROOT, "%.0f", value);
	}

	private static String bridge(ContextStatus context) {
		JsonNode stream = context.bridge();
		if (stream == null) {
			return context.bridgeProblem();
		}
		String state = stream.get("state").asString();
		String text = stream.get("direction").asString() + " " + state + ", lag " + stream.get("lagMillis").asLong() + " ms, "
				+ stream.get("applied").asLong() + " applied";
		long deadLettered = stream.get("deadLettered").asLong();
		return (deadLettered > 0) ? text + ", " + deadLettered + " dead-lettered" : text;
	}

	static String auditLine(JsonNode entry) {
		StringBuilder line = new StringBuilder(entry.path("at").asString("")).append("  ")
			.append(entry.path("actor").asString("")).append("  ").append(entry.get("action").asString());
		if (entry.hasNonNull("toPhase")) {
			line.append(' ');
			if (entry.hasNonNull("fromPhase")) {
				line.append(phase(entry.get("fromPhase"), entry.get("fromPercent"))).append(" -> ");
			}
			line.append(phase(entry.get("toPhase"), entry.get("toPercent")));
		}
		if (entry.hasNonNull("reason")) {
			line.append("  \"").append(entry.get("reason").asString()).append('"');
		}
		JsonNode forced = entry.path("detail").path("forced");
		if (forced.isArray() && !forced.isEmpty()) {
			line.append("  FORCED past: ").append(String.join("; ", forced.valueStream().map(JsonNode::asString).toList()));
		}
		return line.toString();
	}

	private static String phase(JsonNode phase, JsonNode percent) {
		return phase.asString().equals("canary") && percent != null && !percent.isNull()
				? "canary " + percent.asInt() + "%" : phase.asString();
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

}
