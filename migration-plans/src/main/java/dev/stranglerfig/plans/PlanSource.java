package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One plan file's YAML as a tree, with the line of every key and value (by JSON pointer) so problems can
 * say where they are, and the problems found so far.
 */
final class PlanSource {

	// Duplicate keys are found while recording lines, so they are named and every other problem is still reported.
	private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

	private final String name;

	private final Map<String, Integer> lines = new HashMap<>();

	private final List<PlanProblem> problems = new ArrayList<>();

	private JsonNode root;

	private PlanSource(String name) {
		this.name = name;
	}

	/** Parses {@code yaml}; a syntax error becomes a problem and leaves {@link #root()} null. */
	static PlanSource parse(String name, String yaml) {
		PlanSource source = new PlanSource(name);
		try (JsonParser parser = MAPPER.createParser(yaml)) {
			if (parser.nextToken() != null) {
				source.recordLines(parser, "");
			}
			source.root = MAPPER.readTree(yaml);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			source.problems.add(new PlanProblem(name, line,
					"is not valid YAML: " + ex.getOriginalMessage().lines().findFirst().orElse("")
							+ "; fix the syntax (inside { } or [ ], quote values holding braces, e.g. path: \"/api/users/{id}\")"));
		}
		return source;
	}

	// A key's line wins over its value's, which may start on the next line.
	private void recordLines(JsonParser parser, String pointer) {
		this.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
		if (parser.currentToken() == JsonToken.START_OBJECT) {
			Set<String> keys = new HashSet<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String child = pointer + "/" + parser.currentName().replace("~", "~0").replace("/", "~1");
				int line = parser.currentTokenLocation().getLineNr();
				if (!keys.add(parser.currentName())) {
					this.problems.add(new PlanProblem(this.name, line, path(child) + " is given twice (first at line "
							+ this.lines.get(child) + "); remove one"));
				}
				this.lines.putIfAbsent(child, line);
				parser.nextToken();
				recordLines(parser, child);
			}
		}
		else if (parser.currentToken() == JsonToken.START_ARRAY) {
			int index = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				recordLines(parser, pointer + "/" + index++);
			}
		}
	}

	String name() {
		return this.name;
	}

	JsonNode root() {
		return this.root;
	}

	List<PlanProblem> problems() {
		return this.problems;
	}

	/** The line of the key or value at {@code pointer}, or of its nearest enclosing one. */
	int line(String pointer) {
		for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
			Integer line = this.lines.get(at);
			if (line != null) {
				return line;
			}
		}
		return 0;
	}

	void problem(String pointer, String message) {
		this.problems.add(new PlanProblem(this.name, line(pointer), message));
	}

	/** Reports every key of the mapping at {@code pointer} that is not {@code allowed}. */
	void allowOnly(String pointer, JsonNode mapping, List<String> allowed, String where) {
		for (String key : mapping.propertyNames()) {
			if (!allowed.contains(key)) {
				problem(pointer + "/" + key, "unknown key '" + key + "' " + where + "; allowed: "
						+ String.join(", ", allowed));
			}
		}
	}

	/** A string value, or null when it is missing or not a string (reported, ending with {@code fix}). */
	String text(String pointer, JsonNode value, String fix) {
		if (value == null || value.isNull()) {
			problem(pointer, path(pointer) + " is missing; " + fix);
			return null;
		}
		if (!value.isString()) {
			problem(pointer, path(pointer) + " is " + value + "; " + fix);
			return null;
		}
		return value.stringValue();
	}

	/** How a pointer is shown to people: {@code /data/tables/0/key} is {@code data.tables[0].key}. */
	static String path(String pointer) {
		StringBuilder path = new StringBuilder();
		for (String part : pointer.substring(1).split("/")) {
			if (part.chars().allMatch(Character::isDigit)) {
				path.append('[').append(part).append(']');
			}
			else {
				path.append(path.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
			}
		}
		return path.toString();
	}

}
