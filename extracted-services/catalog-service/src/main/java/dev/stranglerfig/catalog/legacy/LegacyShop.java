package dev.stranglerfig.catalog.legacy;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.stranglerfig.catalog.CatalogProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The legacy shop's inventory and reviews APIs, which still own stock and ratings. Every call has a connect and a
 * read timeout and goes through one circuit breaker ({@value #BREAKER}): when legacy is down, callers fail fast
 * with {@link LegacyShopUnavailableException} instead of queueing behind timeouts. The batch endpoints make a
 * page of products two calls, whatever its size.
 */
@Component
public class LegacyShop {

	static final String BREAKER = "legacy-shop";

	private static final Logger logger = LoggerFactory.getLogger(LegacyShop.class);

	private final RestClient http;

	private final CircuitBreaker breaker;

	LegacyShop(CatalogProperties properties, MeterRegistry meters) {
		CatalogProperties.Legacy legacy = properties.getLegacy();
		// HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection.
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(legacy.getConnectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(legacy.getReadTimeout());
		this.http = RestClient.builder().baseUrl(legacy.getBaseUrl().toString()).requestFactory(requests).build();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(legacy.getFailureRateThreshold())
			.slidingWindowSize(legacy.getSlidingWindowSize())
			.minimumNumberOfCalls(legacy.getMinimumNumberOfCalls())
			.waitDurationInOpenState(legacy.getOpenStateWait())
			.permittedNumberOfCallsInHalfOpenState(legacy.getPermittedCallsInHalfOpenState())
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		this.breaker = breakers.circuitBreaker(BREAKER);
	}

	/**
	 * Stock and rating of each product, keyed by id; products legacy knows nothing about get
	 * {@link ProductFigures#NONE}'s values, as legacy's own SQL join gave them.
	 */
	public Map<Long, ProductFigures> figuresOf(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		String ids = new LinkedHashSet<>(productIds).stream().map(String::valueOf).collect(Collectors.joining(","));
		Map<Long, Long> stock = call(() -> this.http.get()
			.uri("/api/inventory/availability?productIds={ids}", ids)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Availability>>() {
			}))
			.stream()
			.collect(Collectors.toMap(Availability::productId, Availability::availableQuantity));
		Map<Long, Rating> ratings = call(() -> this.http.get()
			.uri("/api/ratings?productIds={ids}", ids)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Rating>>() {
			}))
			.stream()
			.collect(Collectors.toMap(Rating::productId, Function.identity()));
		return productIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> {
			Rating rating = ratings.get(id);
			return new ProductFigures(stock.getOrDefault(id, 0L),
					(rating != null) ? rating.averageRating() : ProductFigures.NONE.averageRating(),
					(rating != null) ? rating.reviewCount() : 0);
		}));
	}

	/** The ids of every product with at least one sellable unit, ascending. */
	public List<Long> inStockProductIds() {
		return call(() -> this.http.get().uri("/api/inventory/in-stock-products").retrieve().body(InStock.class))
			.productIds();
	}

	private <T> T call(Supplier<T> request) {
		try {
			T body = this.breaker.executeSupplier(request);
			if (body == null) {
				throw new LegacyShopUnavailableException();
			}
			return body;
		}
		catch (CallNotPermittedException ex) {
			throw new LegacyShopUnavailableException();
		}
		catch (RestClientException ex) {
			logger.warn("Legacy shop call failed: {}", ex.getMessage());
			throw new LegacyShopUnavailableException();
		}
	}

	private record Availability(Long productId, long availableQuantity) {
	}

	private record Rating(Long productId, BigDecimal averageRating, int reviewCount) {
	}

	private record InStock(List<Long> productIds) {
	}

}
