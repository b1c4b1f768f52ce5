package dev.stranglerfig.stack.journey;

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
final class AdminApi {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI admin;

	private final String token;

	AdminApi(URI admin, String token) {
		this.admin = admin;
		this.token = token;
	}

	/** Moves a context; fails the test with the proxy's problem message when the move is refused. */
	JsonNode moveTo(String context, String phase, Integer canaryPercent, String reason)
			throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("phase", phase);
		if (canaryPercent != null) {
			body.put("canaryPercent", canaryPercent);
		}
		body.put("reason", reason);
		body.put("actor", "journey-test");
		HttpResponse<String> response = this.http.send(request("/admin/plans/" + context + "/phase")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new AssertionError("moving " + context + " to " + phase + " was refused (" + response.statusCode()
					+ "): " + response.body());
		}
		return json.readTree(response.body());
	}

	JsonNode audit(String context) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request("/admin/audit?context=" + context + "&limit=100").GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.admin.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token);
	}

}
