package dev.stranglerfig.analyzer.operate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to one of the control plane's APIs, turning what goes wrong into messages an operator can act on:
 * unreachable, token refused (401), or the API's own problem detail.
 */
final class JsonHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String name;

	private final URI base;

	private final String token;

	private final String setting;

	private final Duration timeout;

	/**
	 * @param name what it is, for messages ("the proxy admin API")
	 * @param token the bearer token, or {@code null} for an API without one
	 * @param setting how the operator points at it, for messages
	 */
	JsonHttp(String name, URI base, String token, String setting, Duration timeout) {
		this.name = name;
		this.base = base;
		this.token = token;
		this.setting = setting;
		this.timeout = timeout;
	}

	URI base() {
		return this.base;
	}

	JsonNode get(String path) {
		return send(request(path).GET().build());
	}

	JsonNode post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	JsonNode postJson(String path, Object body) {
		return post(path, "application/json", JSON.writeValueAsString(body));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(path)).timeout(this.timeout)
			.header("Accept", "application/json");
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private JsonNode send(HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpConnectTimeoutException | ConnectException ex) {
			throw unreachable(request, "nothing answers there");
		}
		catch (HttpTimeoutException ex) {
			throw unreachable(request, "no answer within " + this.timeout.toSeconds() + " s");
		}
		catch (IOException ex) {
			throw unreachable(request, String.valueOf(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ControlPlaneException("interrupted while asking " + this.name);
		}
		int status = response.statusCode();
		if (status == 401) {
			throw new ControlPlaneException(this.name + " at " + this.base + " refused the token (401): set "
					+ "STRANGLER_ADMIN_TOKEN or --token-file to the proxy's strangler.proxy.admin-token");
		}
		JsonNode body = parse(response.body());
		if (status >= 500) {
			throw new ControlPlaneException(this.name + " at " + this.base + " failed (" + status + "): " + detail(body, response));
		}
		if (status >= 400) {
			throw new ApiRefusal(status, this.name + " answered " + status + ": " + detail(body, response));
		}
		if (body == null) {
			throw new ControlPlaneException(this.name + " at " + this.base + " answered " + status
					+ " without JSON; is " + this.setting + " pointing at the right server?");
		}
		return body;
	}

	private ControlPlaneException unreachable(HttpRequest request, String why) {
		return new ControlPlaneException("cannot reach " + this.name + " at " + this.base + " (" + request.method() + " "
				+ request.uri().getPath() + ": " + why + "); is it running? Point " + this.setting + " at it");
	}

	private static String detail(JsonNode body, HttpResponse<String> response) {
		return (body != null && body.hasNonNull("detail")) ? body.get("detail").asString() : response.body();
	}

	private static JsonNode parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** An answer of 4xx or 5xx other than 401, with the API's problem detail. */
	static final class ApiRefusal extends RefusedException {

		private final int status;

		ApiRefusal(int status, String message) {
			super(message);
			this.status = status;
		}

		int status() {
			return this.status;
		}

	}

}
