package dev.stranglerfig.proxy.traffic;

/** Told about every planned request and shadow comparison; guards and the diff store listen. */
public interface TrafficObserver {

	default void onRequest(RequestOutcome outcome) {
	}

	default void onShadowComparison(ShadowComparison comparison) {
	}

}
