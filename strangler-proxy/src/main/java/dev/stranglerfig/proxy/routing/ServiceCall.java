package dev.stranglerfig.proxy.routing;

import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;

import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends a request to its plan's service through the plan's circuit breaker. When the service fails before answering
 * (unreachable, or its connection closed or timed out mid-request), a safe request is replayed on legacy; anything
 * else gets a problem response, because only a request that changes nothing may be sent twice (and from the writes
 * phase on, the service owns the data).
 */
@Component
final class ServiceCall {

	private final ServiceRoutes routes;

	private final ServiceBreakers breakers;

	private final TrafficRecorder recorder;

	ServiceCall(ServiceRoutes routes, ServiceBreakers breakers, TrafficRecorder recorder) {
		this.routes = routes;
		this.breakers = breakers;
		this.recorder = recorder;
	}

	Mono<Void> serve(ServerWebExchange exchange, GatewayFilterChain chain, RouteMatch match) {
		Plan plan = match.plan();
		Route legacyRoute = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return Mono.defer(() -> {
			Served.mark(exchange, Side.SERVICE, Served.Why.ROUTED);
			exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, this.routes.route(plan.service()));
			return chain.filter(exchange);
		})
			.transformDeferred(CircuitBreakerOperator.of(this.breakers.forContext(plan.context())))
			.onErrorResume(error -> !exchange.getResponse().isCommitted(),
					error -> recover(exchange, chain, match, error, legacyRoute));
	}

	private Mono<Void> recover(ServerWebExchange exchange, GatewayFilterChain chain, RouteMatch match, Throwable error,
			Route legacyRoute) {
		ServerWebExchangeUtils.reset(exchange);
		boolean unreachable = Unreachable.test(error);
		String service = match.plan().service().name();
		// The service may have sent its headers before failing; neither legacy's answer nor the problem may carry
		// them (a stale Content-Length would leave the shopper waiting for bytes that never come; a Set-Cookie or a
		// Location would act on something that did not happen).
		exchange.getResponse().setStatusCode(null);
		exchange.getResponse().getHeaders().clear();
		if (match.endpoint().safe()) {
			this.recorder.fallback(match);
			Served.mark(exchange, Side.LEGACY, Served.Why.FALLBACK);
			exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, legacyRoute);
			return chain.filter(exchange);
		}
		String endpoint = match.endpoint().id();
		if (unreachable) {
			Served.mark(exchange, Side.SERVICE, Served.Why.UNREACHABLE);
			String why = Unreachable.breakerOpen(error) ? "is failing and is being given time to recover"
					: "cannot be reached";
			return ProblemResponse.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "The " + service + " service " + why
					+ "; " + endpoint + " was not applied and is safe to retry later.",
					ServiceBreakers.OPEN_FOR.toSeconds());
		}
		return ProblemResponse.write(exchange, HttpStatus.BAD_GATEWAY, "The " + service + " service did not answer "
				+ endpoint + " properly (" + error.getMessage() + "); it may or may not have been applied, so check "
				+ "before retrying.", 0);
	}

}
