package dev.stranglerfig.proxy.routing;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * One circuit breaker per plan: when a service keeps failing, its requests stop waiting for connect timeouts
 * and fall back (or are refused) at once, and the breaker probes the service again after a pause.
 */
@Component
public final class ServiceBreakers {

	/** How long an open breaker refuses calls; also the Retry-After shoppers are given. */
	static final Duration OPEN_FOR = Duration.ofSeconds(10);

	private final CircuitBreakerRegistry registry;

	ServiceBreakers(MeterRegistry meters) {
		this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(20)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.waitDurationInOpenState(OPEN_FOR)
			.permittedNumberOfCallsInHalfOpenState(3)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(this.registry).bindTo(meters);
	}

	/** The breaker of a plan's context, e.g. for the admin API to show its state. */
	public CircuitBreaker forContext(String context) {
		return this.registry.circuitBreaker(context);
	}

}
