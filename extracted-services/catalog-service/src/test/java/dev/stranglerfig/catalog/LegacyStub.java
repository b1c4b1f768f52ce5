package dev.stranglerfig.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;

/**
 * legacy's inventory and reviews batch endpoints on a real HTTP server, answering from what a test put in:
 * {@code GET /api/inventory/availability}, {@code GET /api/inventory/in-stock-products}, {@code GET /api/ratings}.
 */
public final class LegacyStub implements AutoCloseable {

	private final StubHttpServer server = StubHttpServer.start();

	private final Map<Long, Long> stock = new ConcurrentHashMap<>();

	private final Map<Long, String> ratings = new ConcurrentHashMap<>();

	public LegacyStub() {
		this.server.on("GET", "/api/inventory/availability", request -> StubResponse.json(200,
				ids(request.query()).map(id -> "{\"productId\":%d,\"availableQuantity\":%d}".formatted(id,
						this.stock.getOrDefault(id, 0L)))
					.collect(Collectors.joining(",", "[", "]"))));
		this.server.on("GET", "/api/ratings", request -> StubResponse.json(200,
				ids(request.query()).map(id -> "{\"productId\":%d,%s}".formatted(id,
						this.ratings.getOrDefault(id, "\"averageRating\":0.00,\"reviewCount\":0")))
					.collect(Collectors.joining(",", "[", "]"))));
		this.server.on("GET", "/api/inventory/in-stock-products", request -> StubResponse.json(200,
				this.stock.entrySet()
					.stream()
					.filter(entry -> entry.getValue() > 0)
					.map(Map.Entry::getKey)
					.sorted()
					.map(String::valueOf)
					.collect(Collectors.joining(",", "{\"productIds\":[", "]}"))));
	}

	public LegacyStub stock(long productId, long available) {
		this.stock.put(productId, available);
		return this;
	}

	public LegacyStub rating(long productId, String averageRating, int reviewCount) {
		this.ratings.put(productId, "\"averageRating\":%s,\"reviewCount\":%d"
			.formatted(new BigDecimal(averageRating).toPlainString(), reviewCount));
		return this;
	}

	/** How many requests legacy received for this path. */
	public long calls(String path) {
		return this.server.received().stream().filter(request -> request.path().equals(path)).count();
	}

	public StubHttpServer server() {
		return this.server;
	}

	public String url() {
		return this.server.uri().toString();
	}

	@Override
	public void close() {
		this.server.close();
	}

	private static java.util.stream.Stream<Long> ids(String query) {
		String list = query.substring(query.indexOf("productIds=") + "productIds=".length()).split("&")[0];
		return Arrays.stream(list.split("%2C|,")).map(Long::valueOf);
	}

}
