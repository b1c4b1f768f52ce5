package dev.stranglerfig.inventory.catalog;

import java.net.http.HttpClient;
import java.util.Optional;

import dev.stranglerfig.inventory.InventoryProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The catalog's product API ({@code GET /api/products/{id}}), which owns products. Every call has a connect and a
 * read timeout and goes through one circuit breaker ({@value #BREAKER}): when the catalog is down, callers fail
 * fast with {@link CatalogUnavailableException} instead of queueing behind timeouts. A 404 is an answer (no such
 * product), not a failure, so it never opens the breaker.
 */
@Component
public class Catalog {

	static final String BREAKER = "catalog";

	private static final Logger logger = LoggerFactory.getLogger(Catalog.class);

	private final RestClient http;

	private final CircuitBreaker breaker;

	Catalog(InventoryProperties properties, MeterRegistry meters) {
		InventoryProperties.Catalog catalog = properties.getCatalog();
		// HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection.
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(catalog.getConnectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(catalog.getReadTimeout());
		this.http = RestClient.builder().baseUrl(catalog.getBaseUrl().toString()).requestFactory(requests).build();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(catalog.getFailureRateThreshold())
			.slidingWindowSize(catalog.getSlidingWindowSize())
			.minimumNumberOfCalls(catalog.getMinimumNumberOfCalls())
			.waitDurationInOpenState(catalog.getOpenStateWait())
			.permittedNumberOfCallsInHalfOpenState(catalog.getPermittedCallsInHalfOpenState())
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		this.breaker = breakers.circuitBreaker(BREAKER);
	}

	/** The product, or empty when the catalog has never heard of it. */
	public Optional<Product> product(long id) {
		try {
			return this.breaker.executeSupplier(() -> this.http.get()
				.uri("/api/products/{id}", id)
				.exchange((request, response) -> {
					if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
						return Optional.<Product>empty();
					}
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw new RestClientException("GET /api/products/" + id + " answered " + response.getStatusCode());
					}
					Product product = response.bodyTo(Product.class);
					if (product == null || product.sku() == null) {
						throw new RestClientException("GET /api/products/" + id + " answered without a SKU");
					}
					return Optional.of(product);
				}));
		}
		catch (CallNotPermittedException ex) {
			throw new CatalogUnavailableException();
		}
		catch (RestClientException ex) {
			logger.warn("Catalog call failed: {}", ex.getMessage());
			throw new CatalogUnavailableException();
		}
	}

}
