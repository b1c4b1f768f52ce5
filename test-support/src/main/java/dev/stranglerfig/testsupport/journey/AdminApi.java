package dev.stranglerfig.testsupport.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The proxy's admin API as an operator's script uses it. */
public final class AdminApi {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI admin;

	private final String token;

	public AdminApi(URI admin, String token) {
		this.admin = admin;
		this.token = token;
	}

	/** Moves a context; a refusal throws with the proxy's problem message, the audit trail and the latest diffs. */
	public JsonNode moveTo(String context, String phase, Integer canaryPercent, String reason)
			throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("phase", phase);
		if (canaryPercent != null) {
			body.put("canaryPercent", canaryPercent);
		}
		body.put("reason", reason);
		body.put("actor", "journey");
		HttpResponse<String> response = this.http.send(request("/admin/plans/" + context + "/phase")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			// A refusal usually follows a guard's rollback: the trail says why, the diff samples show what.
			throw new IllegalStateException("moving " + context + " to " + phase + " was refused (" + response.statusCode()
					+ "): " + response.body() + "\nlatest audit entries: " + audit(context).toString()
					+ "\nlatest shadow differences: " + trail("/admin/diffs?context=" + context + "&limit=3"));
		}
		return json.readTree(response.body());
	}

	public JsonNode audit(String context) throws IOException, InterruptedException {
		return json.readTree(trail("/admin/audit?context=" + context + "&limit=100"));
	}

	private String trail(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.admin.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token);
	}

}
