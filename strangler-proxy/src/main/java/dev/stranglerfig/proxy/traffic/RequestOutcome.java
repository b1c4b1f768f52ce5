package dev.stranglerfig.proxy.traffic;

/**
 * One request to one side of a planned endpoint, as the guards and metrics see it.
 *
 * @param endpoint the endpoint's id, e.g. {@code GET /api/users/{id}}
 * @param status the HTTP status the side answered, or 0 when it could not be reached
 * @param fallback the service could not be reached and legacy served the request instead
 */
public record RequestOutcome(String context, String endpoint, Side side, int status, long latencyNanos,
		boolean fallback) {

	public boolean serverError() {
		return this.status == 0 || this.status >= 500;
	}

}
