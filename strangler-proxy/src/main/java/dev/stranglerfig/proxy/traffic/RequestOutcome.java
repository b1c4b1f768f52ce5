package dev.stranglerfig.proxy.traffic;

/**
 * One request to one side of a planned endpoint, as the guards and metrics see it.
 *
 * @param endpoint the endpoint's id, e.g. {@code GET /api/users/{id}}
 * @param status the HTTP status the side answered, or 0 when it could not be reached
 * @param latencyNanos until the response was written, or until the shopper gave up on it
 * @param fallback the service could not be reached and legacy served the request instead
 * @param cancelled the shopper gave up (closed the connection) before the whole response was written
 */
public record RequestOutcome(String context, String endpoint, Side side, int status, long latencyNanos,
		boolean fallback, boolean cancelled) {

	/**
	 * A 5xx (also one the shopper gave up on while its body came) or an unreachable side. A request the shopper gave
	 * up on before any status is not one: shoppers leave for their own reasons too. What it waited counts in the
	 * latency, so a side slower than its shoppers' patience still shows.
	 */
	public boolean serverError() {
		return this.status >= 500 || (this.status == 0 && !this.cancelled);
	}

}
