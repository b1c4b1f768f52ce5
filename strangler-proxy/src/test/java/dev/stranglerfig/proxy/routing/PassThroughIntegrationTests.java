package dev.stranglerfig.proxy.routing;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.testsupport.http.StubHttpServer.RecordedRequest;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PassThroughIntegrationTests extends ProxyUnderTest {

	@Test
	void unclaimedRequestReachesLegacyUnchangedAndItsAnswerComesBackUnchanged() {
		route(plan("pass-users", Phase.WRITES, "GET /pass/users/{id}"));
		legacy.on("POST", "/pass/orders", request -> new StubResponse(201,
				Map.of("Content-Type", "application/json", "X-Legacy", "yes", "Location", "/pass/orders/7"),
				"{\"id\":7,\"echo\":" + request.body() + "}"));

		HttpResponse<String> response = send("POST", "/pass/orders?sort=name%2Cdesc&size=3", "{\"sku\":\"kettle\"}",
				"Content-Type", "application/json", "X-Shopper", "ada");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Legacy")).hasValue("yes");
		assertThat(response.headers().firstValue("Location")).hasValue("/pass/orders/7");
		assertThat(response.headers().firstValue("X-Strangler-Served-By")).as("no plan claimed it").isEmpty();
		assertThat(response.body()).isEqualTo("{\"id\":7,\"echo\":{\"sku\":\"kettle\"}}");
		RecordedRequest received = legacy.received().stream()
			.filter(request -> request.path().equals("/pass/orders"))
			.findFirst()
			.orElseThrow();
		assertThat(received.query()).isEqualTo("sort=name%2Cdesc&size=3");
		assertThat(received.header("X-Shopper")).isEqualTo("ada");
		assertThat(received.body()).isEqualTo("{\"sku\":\"kettle\"}");
	}

	@Test
	void hopByHopAndForwardingHeadersStayOutBothWaysAndEverythingElsePasses() throws IOException {
		legacy.on("GET", "/pass/hops", request -> new StubResponse(200,
				Map.of("Content-Type", "text/plain", "X-Legacy", "yes", "X-Application-Context", "legacy:8090", "Proxy-Authenticate",
						"Basic", "Connection", "X-Legacy-Hop", "X-Legacy-Hop", "for-the-proxy-only", "Keep-Alive", "timeout=5"),
				"hops"));

		String withHops = rawGet("/pass/hops", "Connection: keep-alive, X-Hop", "X-Hop: for-the-next-hop-only",
				"TE: trailers", "Forwarded: for=198.51.100.7", "X-Forwarded-For: 198.51.100.7", "X-Shopper: ada");
		String withOneForwardingHeader = rawGet("/pass/hops", "x-forwarded-ssl: on", "X-Shopper: bob");
		String withoutHops = rawGet("/pass/hops", "X-Shopper: cy");

		for (String answer : List.of(withHops, withOneForwardingHeader, withoutHops)) {
			assertThat(answer.toLowerCase(Locale.ROOT)).startsWith("http/1.1 200")
				.contains("x-legacy: yes")
				.doesNotContain("x-application-context", "proxy-authenticate", "x-legacy-hop", "keep-alive: timeout")
				.endsWith("hops");
		}
		List<RecordedRequest> received = legacy.received().stream().filter(request -> request.path().equals("/pass/hops")).toList();
		assertThat(received).extracting(request -> request.header("X-Shopper")).containsExactly("ada", "bob", "cy");
		for (RecordedRequest request : received) {
			assertThat(request.headers().keySet()).map(name -> name.toLowerCase(Locale.ROOT))
				.doesNotContain("x-hop", "te", "forwarded", "x-forwarded-for", "x-forwarded-ssl");
		}
	}

	/**
	 * A GET over a plain socket, the connection left open as a browser leaves it (Java's HTTP clients refuse to send
	 * Connection and other hop-by-hop headers, and add their own).
	 */
	private String rawGet(String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + String.join("\r\n", headers) + "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				int next = in.read();
				assertThat(next).as("the answer's header ends before the connection does").isNotNegative();
				head.append((char) next);
			}
			Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head);
			assertThat(length.find()).as("a Content-Length in %s", head).isTrue();
			return head + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
		}
	}

	@Test
	void legacysOwnActuatorPathsPassThroughWhileTheProxysAreOnItsManagementPort() {
		legacy.json("GET", "/actuator/health", 200, "{\"status\":\"UP\",\"from\":\"legacy\"}");

		HttpResponse<String> legacysHealth = get("/actuator/health");

		assertThat(legacysHealth.statusCode()).isEqualTo(200);
		assertThat(legacysHealth.body()).isEqualTo("{\"status\":\"UP\",\"from\":\"legacy\"}");
		assertThat(prometheus()).as("the proxy's own metrics").contains("application=\"strangler-proxy\"");
	}

	@Test
	void legacyFailingBeforeItAnswersGetsAProblemNotAnErrorPage() {
		// The stub closes the connection without answering, as a legacy process does when it dies mid-request.
		legacy.on("GET", "/pass/broken", request -> {
			throw new IllegalStateException("legacy fell over");
		});

		HttpResponse<String> response = get("/pass/broken", "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":502").contains("Legacy did not answer GET /pass/broken")
			.doesNotContain("Whitelabel");
	}

	@Test
	void largeResponseStreamsThroughByteForByte() {
		String large = "x".repeat(5 * 1024 * 1024);
		legacy.on("GET", "/pass/export", request -> new StubResponse(200, Map.of("Content-Type", "text/plain"), large));

		HttpResponse<String> response = get("/pass/export");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).hasSize(large.length()).isEqualTo(large);
	}

	@Test
	@Timeout(30) // a body cut short leaves Java's client waiting for the bytes its Content-Length promised
	void bodiesAroundTheSizeSentInOneWritePassThroughByteForByte() {
		// Up to 16 KiB a body is gathered and sent with its headers; a larger one streams. Legacy's socket hands a
		// 16 KiB body to the proxy in several reads, all of which must be gathered.
		for (int size : List.of(1, 16 * 1024, 16 * 1024 + 1)) {
			StringBuilder body = new StringBuilder(size);
			for (int i = 0; body.length() < size; i++) {
				body.append((char) ('a' + i % 26));
			}
			legacy.on("GET", "/pass/sized/" + size,
					request -> new StubResponse(200, Map.of("Content-Type", "text/plain"), body.toString()));

			HttpResponse<String> response = get("/pass/sized/" + size);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(size);
			assertThat(response.body()).as("a body of %d bytes", size).isEqualTo(body.toString());
		}
	}

	@Test
	void errorStatusesOfLegacyPassThrough() {
		legacy.json("GET", "/pass/missing", 404, "{\"title\":\"Not Found\"}");

		HttpResponse<String> response = get("/pass/missing");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"title\":\"Not Found\"}");
	}

}
