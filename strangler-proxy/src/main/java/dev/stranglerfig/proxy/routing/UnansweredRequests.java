package dev.stranglerfig.proxy.routing;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Answers a shopper's request that failed before any of its response was sent (legacy down, legacy closing the
 * connection before answering, a response timeout, a fault in the proxy) with an RFC 9457 problem, as the proxy's
 * own refusals are answered. Left to Spring Boot, the shopper would get Boot's error page (HTML for a browser) or
 * Boot's error JSON, a third format neither legacy nor a service speaks. Ordered before Boot's handler (-1).
 */
@Component
@Order(-2)
final class UnansweredRequests implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(UnansweredRequests.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			// Part of the answer is on its way: cutting the connection is the only way left to say it is incomplete.
			return Mono.error(error);
		}
		ServerHttpRequest request = exchange.getRequest();
		String what = request.getMethod().name() + " " + request.getPath().value();
		String backend = backend(exchange);
		HttpStatus status;
		String detail;
		if (error instanceof ResponseStatusException statusError) {
			HttpStatus known = HttpStatus.resolve(statusError.getStatusCode().value());
			status = known != null && known.isError() ? known : HttpStatus.BAD_GATEWAY;
			detail = status == HttpStatus.GATEWAY_TIMEOUT ? backend + " did not answer " + what
					+ " in time; it may or may not have been applied, so check before retrying."
					: statusError.getReason() != null ? statusError.getReason() : status.getReasonPhrase();
		}
		else if (Unreachable.test(error)) {
			status = HttpStatus.BAD_GATEWAY;
			detail = backend + " cannot be reached; " + what + " was not applied and is safe to retry later.";
		}
		else if (Unreachable.causedBy(error, IOException.class, TimeoutException.class)) {
			status = HttpStatus.BAD_GATEWAY;
			detail = backend + " did not answer " + what + " (" + error.getMessage()
					+ "); it may or may not have been applied, so check before retrying.";
		}
		else {
			logger.error("{} failed in the proxy", what, error);
			status = HttpStatus.INTERNAL_SERVER_ERROR;
			detail = "The proxy failed to serve " + what + "; see its log.";
		}
		exchange.getResponse().setStatusCode(null);
		exchange.getResponse().getHeaders().clear();
		return ProblemResponse.write(exchange, status, detail, 0);
	}

	/** Which side the request was on its way to, without the address shoppers need not see. */
	private static String backend(ServerWebExchange exchange) {
		Served served = Served.of(exchange);
		return served != null && served.side() == Side.SERVICE ? "The service" : "Legacy";
	}

}
