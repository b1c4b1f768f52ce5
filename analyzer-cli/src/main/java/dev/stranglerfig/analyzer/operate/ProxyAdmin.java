package dev.stranglerfig.analyzer.operate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The proxy's admin API ({@code strangler-proxy/README.md}, "Admin API"), as the commands use it. */
final class ProxyAdmin {

	private final JsonHttp http;

	ProxyAdmin(JsonHttp http) {
		this.http = http;
	}

	URI base() {
		return this.http.base();
	}

	/** Every context's view: file and live phase, canary percent, version, last change. */
	JsonNode plans() {
		return this.http.get("/admin/plans");
	}

	JsonNode plan(String context) {
		return this.http.get("/admin/plans/" + encode(context));
	}

	/** Per context: traffic per side, diff rate and the plan's guards over its window. */
	JsonNode traffic() {
		return this.http.get("/admin/traffic");
	}

	JsonNode audit(String context, int limit) {
		return this.http.get("/admin/audit?context=" + encode(context) + "&limit=" + limit);
	}

	/** The proxy's dry run of one plan: the route lines it would add and remove. */
	JsonNode validate(String yaml) {
		return this.http.post("/admin/plans/validate", "application/yaml", yaml);
	}

	/** @param forced the failed checks the operator overrides, empty for an ordinary move */
	JsonNode phase(String context, String phase, Integer percent, String reason, String actor, List<String> forced) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("phase", phase);
		if (percent != null) {
			body.put("canaryPercent", percent);
		}
		body.put("reason", reason);
		body.put("actor", actor);
		if (!forced.isEmpty()) {
			body.put("forced", forced);
		}
		return this.http.postJson("/admin/plans/" + encode(context) + "/phase", body);
	}

	JsonNode revert(String context, String reason, String actor) {
		return this.http.postJson("/admin/plans/" + encode(context) + "/revert", Map.of("reason", reason, "actor", actor));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
