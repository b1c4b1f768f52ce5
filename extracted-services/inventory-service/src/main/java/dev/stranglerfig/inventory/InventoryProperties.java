package dev.stranglerfig.inventory;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Everything inventory-service can be told, under {@value #PREFIX}. */
@ConfigurationProperties(InventoryProperties.PREFIX)
@Validated
public class InventoryProperties {

	public static final String PREFIX = "inventory";

	/**
	 * Where products are looked up (their existence and SKU, for the two product stock endpoints): products
	 * belong to the catalog, not to inventory.
	 */
	@Valid
	private final Catalog catalog = new Catalog();

	/** The transactional outbox that carries domain events to Kafka. */
	@Valid
	private final Outbox outbox = new Outbox();

	public Catalog getCatalog() {
		return this.catalog;
	}

	public Outbox getOutbox() {
		return this.outbox;
	}

	/** How the service reaches the catalog's product API, and when it stops trying for a while. */
	public static class Catalog {

		/**
		 * Whoever serves {@code GET /api/products/{id}}: the legacy monolith (it keeps a copy of every product in
		 * every phase, through the bridge), or catalog-service. Not the proxy: the answer would be the same, with
		 * one more hop.
		 */
		@NotNull
		private URI baseUrl = URI.create("http://localhost:8090");

		/** How long to wait for a TCP connection to the catalog. */
		@NotNull
		private Duration connectTimeout = Duration.ofSeconds(1);

		/** How long to wait for the catalog's answer once the request is sent. */
		@NotNull
		private Duration readTimeout = Duration.ofSeconds(2);

		/** Failed calls, in percent of the sliding window, at which the circuit breaker opens. */
		@Min(1)
		@Max(100)
		private int failureRateThreshold = 50;

		/** How many of the latest calls the breaker judges the failure rate on. */
		@Min(1)
		private int slidingWindowSize = 20;

		/** Calls the window must hold before the failure rate can open the breaker. */
		@Min(1)
		private int minimumNumberOfCalls = 5;

		/** How long an open breaker answers at once, without calling the catalog, before trying again. */
		@NotNull
		private Duration openStateWait = Duration.ofSeconds(10);

		/** Trial calls let through once the wait is over; their outcome closes or reopens the breaker. */
		@Min(1)
		private int permittedCallsInHalfOpenState = 3;

		public URI getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(URI baseUrl) {
			this.baseUrl = baseUrl;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public int getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(int failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getSlidingWindowSize() {
			return this.slidingWindowSize;
		}

		public void setSlidingWindowSize(int slidingWindowSize) {
			this.slidingWindowSize = slidingWindowSize;
		}

		public int getMinimumNumberOfCalls() {
			return this.minimumNumberOfCalls;
		}

		public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
			this.minimumNumberOfCalls = minimumNumberOfCalls;
		}

		public Duration getOpenStateWait() {
			return this.openStateWait;
		}

		public void setOpenStateWait(Duration openStateWait) {
			this.openStateWait = openStateWait;
		}

		public int getPermittedCallsInHalfOpenState() {
			return this.permittedCallsInHalfOpenState;
		}

		public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
			this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
		}

	}

	/** When events Kafka has not acknowledged are sent again while the service runs. */
	public static class Outbox {

		/** How often to look for publications that are still incomplete. */
		@NotNull
		private Duration resubmitInterval = Duration.ofSeconds(30);

		/**
		 * Only publications at least this old are resubmitted, so one whose first send is still in flight is not
		 * sent twice.
		 */
		@NotNull
		private Duration resubmitOlderThan = Duration.ofSeconds(30);

		public Duration getResubmitInterval() {
			return this.resubmitInterval;
		}

		public void setResubmitInterval(Duration resubmitInterval) {
			this.resubmitInterval = resubmitInterval;
		}

		public Duration getResubmitOlderThan() {
			return this.resubmitOlderThan;
		}

		public void setResubmitOlderThan(Duration resubmitOlderThan) {
			this.resubmitOlderThan = resubmitOlderThan;
		}

	}

}
