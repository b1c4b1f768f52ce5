package dev.stranglerfig.legacy.inventory;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the order flow keeps its stock reservations: the branch-by-abstraction flag behind
 * {@link StockReservations}, and how to reach inventory-service when it is on.
 *
 * @param remote false (the default): reservations on the monolith's own tables, in the order's transaction, as
 * long as the monolith owns inventory's data (plan phases legacy to reads); true: through inventory-service's
 * order API, once the service owns the data (phases writes and retired)
 * @param baseUrl inventory-service itself, never the proxy (the order API is not a routed public endpoint)
 * @param connectTimeout how long to wait for a TCP connection to the service
 * @param readTimeout how long to wait for the service's answer once the request is sent; a checkout waits at most
 * this long (times the attempts) before failing with a 503 problem
 * @param maxAttempts tries per call when the connection fails or times out; safe because every call is
 * idempotent with the order id as key
 * @param failureRateThreshold failed calls, in percent of the sliding window, at which the circuit breaker opens
 * @param slidingWindowSize how many of the latest calls the breaker judges the failure rate on
 * @param minimumNumberOfCalls calls the window must hold before the failure rate can open the breaker
 * @param openStateWait how long an open breaker fails checkouts at once, without calling the service
 * @param permittedCallsInHalfOpenState trial calls let through once the wait is over
 */
@ConfigurationProperties(InventoryProperties.PREFIX)
@Validated
public record InventoryProperties(boolean remote, @DefaultValue("http://localhost:8103") @NotNull URI baseUrl,
		@DefaultValue("1s") @NotNull Duration connectTimeout, @DefaultValue("2s") @NotNull Duration readTimeout,
		@DefaultValue("2") @Min(1) @Max(5) int maxAttempts, @DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
		@DefaultValue("20") @Min(1) int slidingWindowSize, @DefaultValue("5") @Min(1) int minimumNumberOfCalls,
		@DefaultValue("10s") @NotNull Duration openStateWait, @DefaultValue("3") @Min(1) int permittedCallsInHalfOpenState) {

	public static final String PREFIX = "legacy.inventory";

}
