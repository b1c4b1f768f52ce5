package dev.stranglerfig.proxy.routing;

import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who answered a planned request and why, kept on the exchange so the outcome is recorded once the chain is done.
 */
record Served(Side side, Why why) {

	private static final String ATTRIBUTE = Served.class.getName();

	/** Why a side other than the phase's own choice served, or {@link #ROUTED} when it did not. */
	enum Why {

		/** The phase and the shopper's cohort chose the side. */
		ROUTED(""),

		/** The service could not be reached and legacy served instead. */
		FALLBACK(";fallback"),

		/** Nobody served it: the service could not be reached and the request could not be replayed. */
		UNREACHABLE(";unreachable"),

		/** The shopper wrote to the context a moment ago and the service may not have the write yet. */
		OWN_WRITE(";own-write");

		/** How the served-by header says it, after the side. */
		final String suffix;

		Why(String suffix) {
			this.suffix = suffix;
		}

	}

	boolean fallback() {
		return this.why == Why.FALLBACK;
	}

	boolean unreachable() {
		return this.why == Why.UNREACHABLE;
	}

	static void mark(ServerWebExchange exchange, Side side, Why why) {
		exchange.getAttributes().put(ATTRIBUTE, new Served(side, why));
	}

	static Served of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

}
