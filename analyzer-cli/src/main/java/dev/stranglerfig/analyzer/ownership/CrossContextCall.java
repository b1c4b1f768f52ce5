package dev.stranglerfig.analyzer.ownership;

/**
 * Calls from one context into another that the split turns into a remote interface. An {@code EVENT} when
 * every call site ignores the result of a void method (the caller only tells the other context something
 * happened), otherwise an {@code API} the callee's service must offer.
 */
public record CrossContextCall(String fromContext, String toContext, String fromClass, String toClass, String method,
		Kind kind, int callSites) {

	/** What the migration must build for the call. */
	public enum Kind {
		API, EVENT
	}

}
