package dev.stranglerfig.testsupport.shoppers;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The shop's public API as a browser would call it: through the proxy, with the shopper's session cookie and the
 * cookies the shop set for that shopper (the proxy's read-your-writes cookie among them).
 */
final class ShopClient {

	static final String SERVED_BY = "X-Strangler-Served-By";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final URI shop;

	private final TrafficLog log;

	/** Per actor, the cookies the shop set: name to value and when it expires (nanoTime). */
	private final Map<String, Map<String, Cookie>> jars = new ConcurrentHashMap<>();

	private record Cookie(String value, long expiresNanos) {
	}

	ShopClient(URI shop, TrafficLog log) {
		this.shop = shop;
		this.log = log;
	}

	/** The answer as far as the journeys care: status, JSON body (missing when none). */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status / 100 == 2;
		}

	}

	/**
	 * Sends one request and logs it; {@code expected} lists the statuses the shop may legitimately answer besides
	 * 2xx.
	 */
	Answer send(String actor, String method, String endpoint, String path, Object body, Set<Integer> expected)
			throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.shop.resolve(path))
			.timeout(Duration.ofSeconds(10))
			.header("Cookie", cookies(actor))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		int phase = this.log.phase();
		boolean movingAtStart = this.log.moving();
		long started = System.nanoTime();
		int status = 0;
		String servedBy = null;
		String text = "";
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			servedBy = response.headers().firstValue(SERVED_BY).orElse(null);
			keep(actor, response);
			text = response.body();
		}
		catch (IOException ex) {
			text = ex.toString();
		}
		long micros = (System.nanoTime() - started) / 1_000;
		boolean wanted = status / 100 == 2 || expected.contains(status);
		boolean straddled = movingAtStart || this.log.moving() || phase != this.log.phase();
		this.log.visit(new Visit(actor, phase, straddled, method, endpoint, status, wanted, servedBy,
				wanted ? null : text.substring(0, Math.min(text.length(), 400)), micros));
		JsonNode parsed = MissingNode.getInstance();
		if (status != 0 && !text.isEmpty() && text.charAt(0) != '<') {
			try {
				parsed = json.readTree(text);
			}
			catch (RuntimeException ex) {
				// Not JSON (a proxy error page, say): the journey sees no body; the visit already holds the text.
			}
		}
		return new Answer(status, parsed);
	}

	private String cookies(String actor) {
		Map<String, Cookie> jar = this.jars.computeIfAbsent(actor, key -> new ConcurrentHashMap<>());
		long now = System.nanoTime();
		jar.values().removeIf(cookie -> cookie.expiresNanos() - now <= 0);
		return jar.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue().value())
			.collect(Collectors.joining("; ", "SESSION=" + actor + (jar.isEmpty() ? "" : "; "), ""));
	}

	private void keep(String actor, HttpResponse<?> response) {
		Map<String, Cookie> jar = this.jars.computeIfAbsent(actor, key -> new ConcurrentHashMap<>());
		for (String header : response.headers().allValues("Set-Cookie")) {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				// Max-Age -1 means a session cookie: kept for the whole run.
				long life = (cookie.getMaxAge() < 0) ? Long.MAX_VALUE / 4 : cookie.getMaxAge() * 1_000_000_000L;
				jar.put(cookie.getName(), new Cookie(cookie.getValue(), System.nanoTime() + life));
			}
		}
	}

}
