package dev.stranglerfig.testsupport.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StubHttpProcessIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answersItsRoutesUntilKilledAndThenRefusesConnections() throws Exception {
		StubHttpProcess stub = StubHttpProcess.start("GET", "/api/users/{id}", "200", "{\"side\":\"service\"}");
		HttpRequest request = HttpRequest.newBuilder(stub.uri().resolve("/api/users/7")).build();

		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"side\":\"service\"}");

		stub.kill();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(ConnectException.class);
	}

}
