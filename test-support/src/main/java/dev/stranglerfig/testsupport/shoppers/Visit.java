package dev.stranglerfig.testsupport.shoppers;

/**
 * One request a shopper made through the proxy, as the shopper saw it.
 *
 * @param actor the shopper (or merchant) id, stable for the whole run
 * @param phase the index of the phase label in force when the request started
 * @param straddled the phase label changed while the request was in flight, or a move was under way, so either side
 * may have answered
 * @param method the HTTP method
 * @param endpoint the endpoint as the plans name it ({@code GET /api/users/{id}})
 * @param status the response status, 0 when no response came
 * @param expected whether the shop may answer this status to this request (a 409 for an out-of-stock order is)
 * @param servedBy the proxy's served-by header ({@code users:service}, {@code users:legacy;own-write}), or null when no
 * plan claimed the request
 * @param detail the start of the body of a response that was not expected, for the report
 * @param micros how long the shopper waited
 */
public record Visit(String actor, int phase, boolean straddled, String method, String endpoint, int status,
		boolean expected, String servedBy, String detail, long micros) {

	/** Reads and writes are routed differently in every phase, so stickiness is judged for each separately. */
	public boolean safe() {
		return "GET".equals(this.method) || "HEAD".equals(this.method);
	}

	public String context() {
		return (this.servedBy != null) ? this.servedBy.substring(0, this.servedBy.indexOf(':')) : null;
	}

	public String side() {
		if (this.servedBy == null) {
			return null;
		}
		int why = this.servedBy.indexOf(';');
		return this.servedBy.substring(this.servedBy.indexOf(':') + 1, (why < 0) ? this.servedBy.length() : why);
	}

	/**
	 * Whether the proxy kept this read on legacy because the shopper had just written to the context (the side
	 * differs from the shopper's cohort by design).
	 */
	public boolean heldAfterOwnWrite() {
		return this.servedBy != null && this.servedBy.endsWith(";own-write");
	}

	public boolean serverError() {
		return this.status == 0 || this.status >= 500;
	}

}
