package dev.stranglerfig.analyzer.operate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** The CDC bridge's HTTP API ({@code cdc-bridge/README.md}, "HTTP API"). */
final class Bridge {

	private final JsonHttp http;

	Bridge(JsonHttp http) {
		this.http = http;
	}

	URI base() {
		return this.http.base();
	}

	/** Each running stream: context, direction, state, slot lag, lag in ms, applied and dead-lettered counts. */
	JsonNode contexts() {
		return this.http.get("/bridge/contexts");
	}

	/** The stream of one context, if this bridge runs one. */
	static Optional<JsonNode> stream(JsonNode contexts, String context) {
		return contexts.valueStream().filter(stream -> stream.get("context").asString().equals(context)).findFirst();
	}

	/** Compares both sides now: {@code equal}, each table, and {@code report} (the text to print). */
	JsonNode verify(String context) {
		return this.http.post("/bridge/contexts/" + URLEncoder.encode(context, StandardCharsets.UTF_8) + "/verify",
				"application/json", "");
	}

}
