package dev.stranglerfig.testsupport.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback standing in for legacy or a service in proxy tests: it answers by
 * method and path pattern ({@code /api/users/{id}}), records what it received, and can be stopped
 * mid-test to play a service that died. Unmatched requests get 404.
 */
public final class StubHttpServer implements AutoCloseable {

	static {
		// Headers and body leave in two writes; without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms to each.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(64);

	private final List<Rule> rules = new CopyOnWriteArrayList<>();

	private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

	private StubHttpServer(int port) {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on port " + port, ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** On any free port. */
	public static StubHttpServer start() {
		return new StubHttpServer(0);
	}

	/** On the given port, e.g. to come back where a stopped stub was. */
	public static StubHttpServer start(int port) {
		return new StubHttpServer(port);
	}

	/**
	 * Runs a stub as a process of its own, so a test can kill it like a real service ({@code kill -9}):
	 * {@code <port> [<method> <path pattern> <status> <json body>]...}. Prints {@code READY <port>} once
	 * it listens.
	 */
	public static void main(String[] args) {
		if (args.length == 0 || (args.length - 1) % 4 != 0) {
			System.err.println("usage: StubHttpServer <port> [<method> <path pattern> <status> <json body>]...");
			System.exit(2);
		}
		StubHttpServer stub = start(Integer.parseInt(args[0]));
		for (int i = 1; i < args.length; i += 4) {
			stub.json(args[i], args[i + 1], Integer.parseInt(args[i + 2]), args[i + 3]);
		}
		System.out.println("READY " + stub.port());
		System.out.flush();
	}

	/** Answers matching requests; later rules win over earlier ones for the same request. */
	public StubHttpServer on(String method, String pathPattern, Responder responder) {
		this.rules.add(0, new Rule(method, compile(pathPattern), responder));
		return this;
	}

	/** Answers matching requests with this JSON. */
	public StubHttpServer json(String method, String pathPattern, int status, String body) {
		return on(method, pathPattern, request -> StubResponse.json(status, body));
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + port());
	}

	/** What the server received, in order. */
	public List<RecordedRequest> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getRawPath();
			RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path,
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
			this.received.add(request);
			StubResponse response = this.rules.stream()
				.filter(rule -> rule.method().equals(request.method()) && rule.path().matcher(path).matches())
				.findFirst()
				.map(rule -> rule.responder().respond(request))
				.orElseGet(() -> StubResponse.json(404, "{\"status\":404,\"title\":\"Not Found\"}"));
			response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
	}

	private static Pattern compile(String pathPattern) {
		StringBuilder regex = new StringBuilder();
		for (String part : pathPattern.split("(?=\\{)|(?<=\\})")) {
			regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
		}
		return Pattern.compile(regex.toString());
	}

	/** Builds the response to one request. */
	@FunctionalInterface
	public interface Responder {

		StubResponse respond(RecordedRequest request);

	}

	/** A request the stub received. */
	public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
			String body) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	/** What the stub answers. */
	public record StubResponse(int status, Map<String, String> headers, String body) {

		public static StubResponse json(int status, String body) {
			return new StubResponse(status, Map.of("Content-Type", "application/json"), body);
		}

	}

	private record Rule(String method, Pattern path, Responder responder) {
	}

}
