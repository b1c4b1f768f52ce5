package dev.stranglerfig.inventory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;

/**
 * The catalog's {@code GET /api/products/{id}} on a real HTTP server, answering the products a test put in
 * (404 for others), or 500 for everything while {@link #failing(boolean)}.
 */
public final class CatalogStub implements AutoCloseable {

	private final StubHttpServer server = StubHttpServer.start();

	private final Map<Long, String> skus = new ConcurrentHashMap<>();

	private final AtomicBoolean failing = new AtomicBoolean();

	public CatalogStub() {
		this.server.on("GET", "/api/products/{id}", request -> {
			if (this.failing.get()) {
				return StubResponse.json(500, "{\"status\":500}");
			}
			long id = Long.parseLong(request.path().substring(request.path().lastIndexOf('/') + 1));
			String sku = this.skus.get(id);
			return (sku != null)
					? StubResponse.json(200, "{\"id\":%d,\"sku\":\"%s\",\"name\":\"Kettle\",\"price\":12.50}"
						.formatted(id, sku))
					: StubResponse.json(404, "{\"type\":\"/problems/not-found\",\"status\":404}");
		});
	}

	public CatalogStub product(long id, String sku) {
		this.skus.put(id, sku);
		return this;
	}

	public void failing(boolean failing) {
		this.failing.set(failing);
	}

	public String url() {
		return this.server.uri().toString();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
