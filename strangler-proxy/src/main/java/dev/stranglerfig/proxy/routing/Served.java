package dev.stranglerfig.proxy.routing;

import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who answered a planned request, kept on the exchange so the outcome is recorded once the chain is done.
 *
 * @param fallback the service could not be reached and legacy served instead
 * @param unreachable nobody served it: the service could not be reached and the request could not be replayed
 */
record Served(Side side, boolean fallback, boolean unreachable) {

	private static final String ATTRIBUTE = Served.class.getName();

	static void mark(ServerWebExchange exchange, Served served) {
		exchange.getAttributes().put(ATTRIBUTE, served);
	}

	static Served of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

}
