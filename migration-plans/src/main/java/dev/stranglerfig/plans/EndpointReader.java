package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads a plan's {@code endpoints}: each either {@code METHOD /path} or
 * {@code { method: ..., path: ..., phase: ... }} to give the endpoint its own phase.
 */
final class EndpointReader {

	private static final String FORM = "write METHOD /path, e.g. GET /api/users/{id}";

	private final PlanSource source;

	private final List<Endpoint> endpoints = new ArrayList<>();

	private final List<Integer> lines = new ArrayList<>();

	private final List<String> pointers = new ArrayList<>();

	private final Map<String, Integer> firstLineByShape = new HashMap<>();

	EndpointReader(PlanSource source) {
		this.source = source;
	}

	void read(JsonNode node) {
		if (node == null || !node.isArray() || node.isEmpty()) {
			this.source.problem("/endpoints", "endpoints is " + ((node == null) ? "missing" : node)
					+ "; list the endpoints this context takes over, one per item, e.g. - GET /api/users/{id}");
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String pointer = "/endpoints/" + i;
			JsonNode item = node.get(i);
			Endpoint endpoint = item.isObject() ? fromMapping(pointer, item) : fromText(pointer, item);
			if (endpoint != null) {
				add(pointer, endpoint);
			}
		}
	}

	private Endpoint fromText(String pointer, JsonNode item) {
		String text = this.source.text(pointer, item, FORM);
		if (text == null) {
			return null;
		}
		String[] parts = text.trim().split("\\s+");
		if (parts.length != 2) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is '" + text + "'; " + FORM);
			return null;
		}
		if (!text.equals(parts[0] + " " + parts[1])) {
			this.source.problem(pointer, PlanSource.path(pointer) + " is '" + text.replace("\t", "\\t")
					+ "'; separate the method and the path by one space, e.g. GET /api/users/{id}");
			return null;
		}
		return checked(pointer, parts[0], parts[1], null);
	}

	private Endpoint fromMapping(String pointer, JsonNode item) {
		this.source.allowOnly(pointer, item, List.of("method", "path", "phase"), "in an endpoint");
		String method = this.source.text(pointer + "/method", item.get("method"), "give the HTTP method, e.g. GET");
		String path = this.source.text(pointer + "/path", item.get("path"), "give the path pattern, e.g. /api/users/{id}");
		Phase phase = (item.get("phase") != null) ? PlanReader.phase(this.source, pointer + "/phase", item.get("phase"))
				: null;
		return (method != null && path != null) ? checked(pointer, method, path, phase) : null;
	}

	private Endpoint checked(String pointer, String method, String path, Phase phase) {
		String where = PlanSource.path(pointer) + ": ";
		boolean valid = true;
		for (var refusal : List.of(EndpointPattern.refusalOfMethod(method), EndpointPattern.refusalOfPath(path))) {
			if (refusal.isPresent()) {
				this.source.problem(pointer, where + refusal.get());
				valid = false;
			}
		}
		return valid ? new Endpoint(method, path, phase) : null;
	}

	private void add(String pointer, Endpoint endpoint) {
		int line = this.source.line(pointer);
		Integer first = this.firstLineByShape.putIfAbsent(EndpointPattern.shape(endpoint), line);
		if (first != null) {
			this.source.problem(pointer, PlanSource.path(pointer) + ": " + endpoint.id()
					+ " is listed twice (first at line " + first + "); remove one");
			return;
		}
		this.endpoints.add(endpoint);
		this.lines.add(line);
		this.pointers.add(pointer);
	}

	/** Reports the writes whose own phase sends them to the side that does not own the data at {@code planPhase}. */
	void checkOwnership(Phase planPhase) {
		for (int i = 0; i < this.endpoints.size(); i++) {
			String pointer = this.pointers.get(i);
			this.endpoints.get(i)
				.refusalAt(planPhase)
				.ifPresent(refusal -> this.source.problem(pointer + "/phase", PlanSource.path(pointer) + ": " + refusal));
		}
	}

	List<Endpoint> endpoints() {
		return this.endpoints;
	}

	List<Integer> lines() {
		return this.lines;
	}

}
