package dev.stranglerfig.proxy.shadow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.stranglerfig.proxy.ProxyProperties;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shadow client against a scripted HTTP/1.1 server on a real socket: each connection answers its requests in
 * turn with the next step of its script, so a test decides exactly what the service does on which connection.
 */
@Timeout(30)
class ShadowClientTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<ScriptedService> services = new ArrayList<>();

	private ShadowClient client = client(Duration.ofSeconds(5), 262144);

	@AfterEach
	void stop() throws IOException {
		this.client.destroy();
		for (ScriptedService service : this.services) {
			service.close();
		}
	}

	@Test
	void keptAliveConnectionsAreUsedAgain() throws IOException {
		ScriptedService service = service(ok("{\"a\":1}"), ok("{\"a\":2}"), ok("{\"a\":3}"));

		for (int i = 1; i <= 3; i++) {
			CapturedResponse response = this.client.send(get(service)).block(WAIT);
			assertThat(response.status()).isEqualTo(200);
			assertThat(new String(response.body().bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":" + i + "}");
		}
		assertThat(service.connections.get()).isEqualTo(1);
	}

	@Test
	void aReadOnAConnectionTheServiceClosedIsSentAgainOnANewOne() throws IOException {
		// The second request meets a connection the service closes instead of answering: its keep-alive timeout
		// racing the request. A shopper's read would otherwise be counted as a difference it is not.
		ScriptedService service = service(ok("first"), CLOSE, ok("again"));

		assertThat(this.client.send(get(service)).block(WAIT).status()).isEqualTo(200);
		CapturedResponse again = this.client.send(get(service)).block(WAIT);

		assertThat(new String(again.body().bytes(), StandardCharsets.UTF_8)).isEqualTo("again");
		assertThat(service.connections.get()).isEqualTo(2);
	}

	@Test
	void aWriteIsNeverSentTwice() throws IOException {
		ScriptedService service = service(ok("first"), CLOSE, ok("again"));
		assertThat(this.client.send(get(service)).block(WAIT).status()).isEqualTo(200);

		ShadowRequest write = request(service, HttpMethod.POST, "/orders", new DefaultHttpHeaders(), "{\"sku\":1}");

		assertThatThrownBy(() -> this.client.send(write).block(WAIT))
			.hasCauseInstanceOf(ShadowClient.PrematureCloseException.class)
			.hasMessageContaining("closed the connection before its answer was complete");
		assertThat(service.requests.stream().filter(line -> line.startsWith("POST"))).hasSize(1);
	}

	@Test
	void aServiceThatDoesNotAnswerInTimeIsGivenUpAndItsConnectionNotUsedAgain() throws IOException {
		this.client.destroy();
		this.client = client(Duration.ofMillis(300), 262144);
		ScriptedService service = service(SILENT, ok("later"));

		assertThatThrownBy(() -> this.client.send(get(service)).block(WAIT))
			.hasCauseInstanceOf(TimeoutException.class);
		assertThat(this.client.send(get(service)).block(WAIT).status()).isEqualTo(200);
		assertThat(service.connections.get()).isEqualTo(2);
	}

	@Test
	void aChunkedBodyLongerThanTheLimitIsKeptUpToIt() throws IOException {
		this.client.destroy();
		this.client = client(Duration.ofSeconds(5), 16);
		String body = "0123456789".repeat(10);
		ScriptedService service = service(chunked(body), ok("next"));

		CapturedResponse response = this.client.send(get(service)).block(WAIT);

		assertThat(response.body().truncated()).isTrue();
		assertThat(new String(response.body().bytes(), StandardCharsets.UTF_8)).isEqualTo(body.substring(0, 16));
		// The whole body was read, so the connection is in step for the next answer.
		assertThat(new String(this.client.send(get(service)).block(WAIT).body().bytes(), StandardCharsets.UTF_8))
			.isEqualTo("next");
		assertThat(service.connections.get()).isEqualTo(1);
	}

	@Test
	void theShoppersHeadersAndBodyGoOnWithoutHopByHopHeaders() throws IOException {
		ScriptedService service = service(ok("created"));
		HttpHeaders headers = new DefaultHttpHeaders().add("X-Request-Id", "r-1")
			.add("Keep-Alive", "timeout=5")
			.add("Transfer-Encoding", "chunked")
			.add("Host", "shop.example")
			.add("Expect", "100-continue");

		CapturedResponse response = this.client
			.send(request(service, HttpMethod.POST, "/api/orders?x=%2F", headers, "{\"sku\":7}"))
			.block(WAIT);

		assertThat(response.status()).isEqualTo(200);
		assertThat(service.requests).containsExactly("POST /api/orders?x=%2F HTTP/1.1");
		assertThat(service.headers).contains("x-request-id: r-1", "host: 127.0.0.1:" + service.port(),
				"content-length: 9");
		assertThat(service.headers).noneMatch(line -> line.startsWith("keep-alive") || line.startsWith("expect")
				|| line.startsWith("transfer-encoding") || line.equals("host: shop.example"));
		assertThat(service.bodies).containsExactly("{\"sku\":7}");
	}

	@Test
	void aServiceThatCannotBeReachedIsAnError() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ShadowRequest request = new ShadowRequest(HttpMethod.GET, URI.create("http://127.0.0.1:" + closedPort), "/",
				new DefaultHttpHeaders(), new byte[0]);

		assertThatThrownBy(() -> this.client.send(request).block(WAIT)).hasMessageContaining("Connection refused");
	}

	private ShadowClient client(Duration responseTimeout, int bodyLimit) {
		return new ShadowClient(new ProxyProperties(URI.create("http://localhost:8090"), Path.of("plans"), 9080,
				"token", "X-Strangler-Side", "strangler_side", Duration.ofSeconds(1), responseTimeout, bodyLimit,
				Duration.ofSeconds(5), Duration.ofMillis(500), 5, Duration.ofSeconds(30), Map.of(), "",
				new ProxyProperties.Handover(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(3))));
	}

	private ShadowRequest get(ScriptedService service) {
		return request(service, HttpMethod.GET, "/api/products/1", new DefaultHttpHeaders(), "");
	}

	private ShadowRequest request(ScriptedService service, HttpMethod method, String target, HttpHeaders headers,
			String body) {
		return new ShadowRequest(method, URI.create("http://127.0.0.1:" + service.port()), target, headers,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private ScriptedService service(String... answers) throws IOException {
		ScriptedService service = new ScriptedService(List.of(answers));
		this.services.add(service);
		return service;
	}

	/** Close the connection instead of answering. */
	private static final String CLOSE = "close";

	/** Keep the connection open and never answer. */
	private static final String SILENT = "silent";

	private static String ok(String body) {
		return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
	}

	private static String chunked(String body) {
		StringBuilder answer = new StringBuilder("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
		for (int at = 0; at < body.length(); at += 7) {
			String chunk = body.substring(at, Math.min(body.length(), at + 7));
			answer.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		return answer.append("0\r\n\r\n").toString();
	}

	/** Answers requests, on whichever connection they come, with the next step of its script. */
	private static final class ScriptedService implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0);

		private final List<String> script;

		private final AtomicInteger step = new AtomicInteger();

		final AtomicInteger connections = new AtomicInteger();

		final List<String> requests = new CopyOnWriteArrayList<>();

		final List<String> headers = new CopyOnWriteArrayList<>();

		final List<String> bodies = new CopyOnWriteArrayList<>();

		private final List<Socket> open = new CopyOnWriteArrayList<>();

		ScriptedService(List<String> script) throws IOException {
			this.script = script;
			daemon(this::accept);
		}

		int port() {
			return this.socket.getLocalPort();
		}

		private static void daemon(Runnable work) {
			Thread thread = new Thread(work, "scripted-service");
			thread.setDaemon(true);
			thread.start();
		}

		private void accept() {
			while (!this.socket.isClosed()) {
				try {
					Socket connection = this.socket.accept();
					this.connections.incrementAndGet();
					this.open.add(connection);
					daemon(() -> serve(connection));
				}
				catch (IOException closed) {
					return;
				}
			}
		}

		private void serve(Socket connection) {
			try (connection) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
				OutputStream out = connection.getOutputStream();
				String line;
				while ((line = in.readLine()) != null) {
					this.requests.add(line);
					int length = 0;
					for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
						String lower = header.toLowerCase();
						this.headers.add(lower.substring(0, lower.indexOf(':') + 1) + header.substring(header.indexOf(':') + 1));
						if (lower.startsWith("content-length:")) {
							length = Integer.parseInt(header.substring(15).trim());
						}
					}
					if (length > 0) {
						char[] body = new char[length];
						for (int read = 0; read < length;) {
							read += in.read(body, read, length - read);
						}
						this.bodies.add(new String(body));
					}
					String answer = this.script.get(this.step.getAndIncrement());
					if (answer.equals(CLOSE)) {
						return;
					}
					if (answer.equals(SILENT)) {
						in.readLine();
						return;
					}
					out.write(answer.getBytes(StandardCharsets.UTF_8));
					out.flush();
				}
			}
			catch (IOException gone) {
				// The client closed the connection.
			}
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			for (Socket connection : this.open) {
				connection.close();
			}
		}

	}

}
