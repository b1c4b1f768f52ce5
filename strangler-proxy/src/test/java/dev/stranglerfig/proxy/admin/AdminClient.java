package dev.stranglerfig.proxy.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP to a running admin API. */
public final class AdminClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	// HTTP/1.1 as curl speaks it; a deadline so a lost answer fails the test instead of hanging it.
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	private final String token;

	public AdminClient(int port, String token) {
		this.port = port;
		this.token = token;
	}

	public Answer get(String path) {
		return send(builder(path).GET());
	}

	public Answer post(String path, String contentType, String body) {
		return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Answer postJson(String path, String body) {
		return post(path, "application/json", body);
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
		return (this.token != null) ? builder.header("Authorization", "Bearer " + this.token) : builder;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body().isEmpty() ? null : json.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Answer(int status, String contentType, JsonNode body) {
	}

}
