package dev.stranglerfig.legacy.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reservations through inventory-service's order API, once the service owns inventory's data
 * ({@code legacy.inventory.remote=true}). The service's writes cannot join the order's database transaction, so:
 * <ul>
 * <li>reserve is called at once (the checkout must know there is stock before it charges the card); if the
 * order's transaction then rolls back (a declined card, a failed call whose outcome is unknown), the reservation
 * is released after the rollback, by order id;</li>
 * <li>release and commit wait until the order's own changes are flushed, just before its commit, so that a
 * failure anywhere earlier never leaves the service changed for an order that was not;</li>
 * <li>a call that fails (timeout, error, open circuit breaker {@value #BREAKER}) throws
 * {@link InventoryUnavailableException}: the order's transaction rolls back and the client gets a 503 problem.</li>
 * </ul>
 * Every call is idempotent on the service's side (the order id is the key), so a timed-out call is simply tried
 * again.
 */
@Component
@ConditionalOnProperty(prefix = InventoryProperties.PREFIX, name = "remote", havingValue = "true")
class RemoteStockReservations implements StockReservations {

	static final String BREAKER = "inventory-service";

	private static final Logger logger = LoggerFactory.getLogger(RemoteStockReservations.class);

	private static final URI INSUFFICIENT_STOCK = URI.create("/problems/insufficient-stock");

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final int maxAttempts;

	private final EntityManager entityManager;

	RemoteStockReservations(InventoryProperties properties, MeterRegistry meters, EntityManager entityManager) {
		// HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection.
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.readTimeout());
		this.http = RestClient.builder().baseUrl(properties.baseUrl().toString()).requestFactory(requests).build();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.slidingWindowSize(properties.slidingWindowSize())
			.minimumNumberOfCalls(properties.minimumNumberOfCalls())
			.waitDurationInOpenState(properties.openStateWait())
			.permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpenState())
			// Too little stock is an answer, not a failure of the service.
			.recordExceptions(RestClientException.class)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		this.breaker = breakers.circuitBreaker(BREAKER);
		this.maxAttempts = properties.maxAttempts();
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(long orderId, List<ReservationLine> lines) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					compensate(orderId);
				}
			}

		});
		call(orderId, "reserve", http -> http.put()
			.uri("/api/inventory/orders/{orderId}/reservation", orderId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ReserveStock(lines)), false);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(long orderId) {
		beforeCommit(orderId, "release");
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void commit(long orderId) {
		beforeCommit(orderId, "commit");
	}

	private void beforeCommit(long orderId, String action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				// The order's own changes reach the database first: if one of them fails, the service is never told.
				RemoteStockReservations.this.entityManager.flush();
				settle(orderId, action);
			}

		});
	}

	private void settle(long orderId, String action) {
		call(orderId, action, http -> http.post().uri("/api/inventory/orders/{orderId}/reservation/" + action, orderId),
				true);
	}

	/** Best effort after a rollback: the service may hold stock for an order that does not exist. */
	private void compensate(long orderId) {
		try {
			settle(orderId, "release");
		}
		catch (RuntimeException ex) {
			logger.error("Order {} rolled back, but inventory-service may still hold stock for it; release it with "
					+ "POST /api/inventory/orders/{}/reservation/release", orderId, orderId, ex);
		}
	}

	/**
	 * One call, tried again while the connection fails; a 404 on release or commit means the service holds nothing
	 * for the order (an order placed before the service owned the data, or a reservation that never happened),
	 * which is what the in-process implementation does then too: nothing.
	 */
	private void call(long orderId, String action, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
			boolean nothingHeldIsFine) {
		for (int attempt = 1;; attempt++) {
			try {
				this.breaker.executeRunnable(() -> request.apply(this.http).exchange((req, response) -> {
					if (response.getStatusCode().is2xxSuccessful()
							|| (nothingHeldIsFine && response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND))) {
						return null;
					}
					Problem problem = response.bodyTo(Problem.class);
					if (problem != null && INSUFFICIENT_STOCK.equals(problem.type())) {
						throw new InsufficientStockException(problem.detail());
					}
					throw new RestClientException("inventory-service answered " + action + " of order " + orderId
							+ " with " + response.getStatusCode() + ((problem != null) ? ": " + problem.detail() : ""));
				}));
				return;
			}
			catch (ResourceAccessException ex) {
				if (attempt >= this.maxAttempts) {
					logger.warn("inventory-service: {} of order {} failed {} times: {}", action, orderId, attempt,
							ex.getMessage());
					throw new InventoryUnavailableException();
				}
			}
			catch (CallNotPermittedException ex) {
				throw new InventoryUnavailableException();
			}
			catch (RestClientException ex) {
				logger.warn("inventory-service: {}", ex.getMessage());
				throw new InventoryUnavailableException();
			}
		}
	}

	private record ReserveStock(List<ReservationLine> lines) {
	}

	private record Problem(URI type, String detail) {
	}

}
