package dev.stranglerfig.proxy.shadow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.stranglerfig.plans.JsonDiff;
import dev.stranglerfig.plans.Shadow;

import org.springframework.http.HttpHeaders;

/**
 * Compares legacy's response with the service's: status, the few headers a client acts on, and the bodies (as
 * JSON trees when both are JSON, else as text). Headers such as Date or Transfer-Encoding always differ and mean
 * nothing, so only the listed ones are compared.
 */
final class ResponseComparator {

	static final List<String> COMPARED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.LOCATION, HttpHeaders.CACHE_CONTROL);

	private final List<String> comparedHeaders;

	private final JsonDiff differ;

	ResponseComparator(Shadow rules) {
		this.comparedHeaders = COMPARED_HEADERS.stream()
			.filter(header -> rules.ignoredHeaders().stream().noneMatch(header::equalsIgnoreCase))
			.toList();
		this.differ = new JsonDiff(rules.ignoredJsonPaths());
	}

	/** The differing fields: {@code status}, {@code header:Name}, JSON paths, or {@code body} for text. */
	List<String> compare(CapturedResponse legacy, CapturedResponse service) {
		List<String> differences = new ArrayList<>();
		if (legacy.status() != service.status()) {
			differences.add("status");
		}
		for (String header : this.comparedHeaders) {
			List<String> legacyValues = legacy.headers().get(header);
			List<String> serviceValues = service.headers().get(header);
			// Values written alike are alike; only others are normalized (the usual case costs no new strings).
			if (!Objects.equals(legacyValues, serviceValues)
					&& !Objects.equals(normalized(legacyValues), normalized(serviceValues))) {
				differences.add("header:" + header);
			}
		}
		// A body cut at the limit cannot be compared as a whole; status and headers still are.
		if (!legacy.body().truncated() && !service.body().truncated()) {
			differences.addAll(compareBodies(legacy.body(), service.body()));
		}
		return differences;
	}

	/**
	 * Whether comparing the bodies means parsing them. Not in the usual case once a service serves the contract: the
	 * same bytes. Nor when a body was cut at the limit, as such bodies are not compared.
	 */
	static boolean needsParsing(CapturedBody legacy, CapturedBody service) {
		return !legacy.truncated() && !service.truncated() && !Arrays.equals(legacy.bytes(), service.bytes());
	}

	private List<String> compareBodies(CapturedBody legacy, CapturedBody service) {
		if (!needsParsing(legacy, service)) {
			return List.of();
		}
		JsonNode legacyJson = json(legacy);
		JsonNode serviceJson = json(service);
		if (legacyJson != null && serviceJson != null) {
			return this.differ.diff(legacyJson, serviceJson);
		}
		return legacy.text().equals(service.text()) ? List.of() : List.of("body");
	}

	private static String normalized(List<String> values) {
		return (values == null || values.isEmpty()) ? null : String.join(",", values).replace(" ", "").toLowerCase();
	}

	private static JsonNode json(CapturedBody body) {
		byte[] bytes = body.bytes();
		if (bytes.length == 0) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(bytes);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
