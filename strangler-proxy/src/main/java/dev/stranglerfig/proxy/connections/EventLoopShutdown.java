package dev.stranglerfig.proxy.connections;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * How long the event loops may take to stop once the shopper and admin ports have drained and closed. Reactor
 * Netty's defaults wait for 2 s without any event-loop work, starting over at each task, for up to 15 s: every
 * stop took at least 2 s more than its drain, and one seen in CI took over 10 s, which a rolling restart pays on
 * top of the drain (and an orchestrator's grace period may not cover). By then no request is in flight; what is
 * left is idle backend connections closing.
 */
@Configuration(proxyBeanMethods = false)
class EventLoopShutdown {

	static final Duration QUIET_PERIOD = Duration.ofMillis(100);

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	/** Spring Boot's own, but for the two durations (it ignores {@code spring.reactor.netty.*} once replaced). */
	@Bean
	ReactorResourceFactory reactorResourceFactory() {
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setShutdownQuietPeriod(QUIET_PERIOD);
		resources.setShutdownTimeout(TIMEOUT);
		return resources;
	}

}
