package dev.stranglerfig.plans;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Reads one plan file's tree into a {@link Plan}, collecting every problem on the way. */
final class PlanReader {

	private static final List<String> KEYS = List.of("context", "service", "endpoints", "phase", "canary", "shadow",
			"guards", "readYourWrites", "data");

	private static final Pattern CONTEXT = Pattern.compile("[a-z][a-z0-9-]*");

	private final PlanSource source;

	private PlanReader(PlanSource source) {
		this.source = source;
	}

	static ReadPlan read(String name, String yaml) {
		PlanSource source = PlanSource.parse(name, yaml);
		JsonNode root = source.root();
		if (root == null) {
			return ReadPlan.unreadable(source.problems());
		}
		if (!root.isObject()) {
			source.problem("", (root.isMissingNode() || root.isNull()) ? "is empty; a plan needs at least "
					+ "context, service, endpoints and phase" : "must be a mapping of keys (" + String.join(", ", KEYS)
					+ "), not " + root);
			return ReadPlan.unreadable(source.problems());
		}
		return new PlanReader(source).read(root);
	}

	private ReadPlan read(JsonNode root) {
		this.source.allowOnly("", root, KEYS, "at the top level");
		String context = context(root.get("context"));
		ServiceTarget service = service(root.get("service"));
		EndpointReader endpoints = new EndpointReader(this.source);
		endpoints.read(root.get("endpoints"));
		Phase phase = phase(this.source, "/phase", root.get("phase"));
		if (phase != null) {
			endpoints.checkOwnership(phase);
		}
		OptionsReader options = new OptionsReader(this.source);
		Canary canary = options.canary(root.get("canary"));
		Shadow shadow = options.shadow(root.get("shadow"));
		Guards guards = options.guards(root.get("guards"));
		Duration readYourWrites = options.readYourWrites(root.get("readYourWrites"));
		TableReader tableReader = new TableReader(this.source);
		List<TableMapping> tables = tableReader.data(root.get("data"));
		Plan plan = new Plan(context, service, endpoints.endpoints(), phase, canary, shadow, guards, readYourWrites,
				tables, this.source.name());
		return new ReadPlan(plan, this.source.line("/context"), endpoints.lines(), tableReader.legacyLines(),
				tableReader.serviceLines(), this.source.problems());
	}

	private String context(JsonNode node) {
		String context = this.source.text("/context", node, "add the bounded context's name, e.g. context: users");
		if (context == null) {
			return null;
		}
		if (!CONTEXT.matcher(context).matches()) {
			this.source.problem("/context", "context is '" + context
					+ "'; use lower-case letters, digits and dashes, starting with a letter, e.g. users");
		}
		String fileName = Path.of(this.source.name()).getFileName().toString();
		if (fileName.endsWith(".yaml") && !fileName.equals(context + ".yaml")) {
			String expected = fileName.substring(0, fileName.length() - ".yaml".length());
			this.source.problem("/context", "context is '" + context + "' but the file is " + fileName
					+ "; set context: " + expected + " or rename the file to " + context + ".yaml");
		}
		return context;
	}

	private ServiceTarget service(JsonNode node) {
		String example = "e.g. service: { name: users-service, url: http://localhost:8101 }";
		if (node == null || !node.isObject()) {
			this.source.problem("/service", "service is " + ((node == null) ? "missing" : node)
					+ "; give the extracted service's name and url, " + example);
			return null;
		}
		this.source.allowOnly("/service", node, List.of("name", "url"), "in service");
		String name = this.source.text("/service/name", node.get("name"), "name the service, " + example);
		if (name != null && name.isBlank()) {
			this.source.problem("/service/name", "service.name is empty; name the service, " + example);
			name = null;
		}
		String url = this.source.text("/service/url", node.get("url"), "give the service's base URL, " + example);
		return new ServiceTarget(name, (url != null) ? url(url) : null);
	}

	private URI url(String url) {
		try {
			URI uri = new URI(url);
			if (uri.isAbsolute() && uri.getHost() != null
					&& ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below, like any other URL the proxy cannot call
		}
		this.source.problem("/service/url", "service.url is '" + url
				+ "'; it must be an absolute http or https URL, e.g. http://localhost:8101");
		return null;
	}

	/** A required phase at {@code pointer}. */
	static Phase phase(PlanSource source, String pointer, JsonNode node) {
		String value = source.text(pointer, node, "use one of legacy, shadow, canary, reads, writes, retired");
		if (value == null) {
			return null;
		}
		try {
			Phase phase = Phase.of(value);
			if (!phase.value().equals(value)) {
				// Phase.of forgives the case for people typing a move; a plan is a file the schema checks in editors.
				source.problem(pointer, PlanSource.path(pointer) + ": '" + value + "' is not a phase; phases are lower case, "
						+ "write " + phase.value());
				return null;
			}
			return phase;
		}
		catch (IllegalArgumentException ex) {
			source.problem(pointer, PlanSource.path(pointer) + ": " + ex.getMessage());
			return null;
		}
	}

}
