package dev.stranglerfig.proxy.routing;

import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.proxy.traffic.Side;

/**
 * The phases table: which side serves a request, by the endpoint's phase and whether the request is safe. Writes
 * stay with the side that owns the data, so neither the canary nor a forced side ever moves them.
 */
final class SideDecision {

	private SideDecision() {
	}

	/**
	 * @param forced the side a tester asked for, or {@code null}; honoured for canary reads
	 * @param bucket the shopper's cohort bucket, computed only when the canary needs it
	 * @param draw a uniform number in [0, 1) for shadow sampling
	 */
	static Decision decide(RouteMatch match, Side forced, IntSupplier bucket, DoubleSupplier draw) {
		boolean safe = match.endpoint().safe();
		return switch (match.phase()) {
			case LEGACY -> Decision.LEGACY;
			case SHADOW -> shadowed(match, safe, draw) ? Decision.SHADOWED : Decision.LEGACY;
			case CANARY -> (safe && canaryServes(match, forced, bucket)) ? Decision.SERVICE : Decision.LEGACY;
			case READS -> safe ? Decision.SERVICE : Decision.LEGACY;
			case WRITES, RETIRED -> Decision.SERVICE;
		};
	}

	private static boolean shadowed(RouteMatch match, boolean safe, DoubleSupplier draw) {
		Shadow shadow = (match.plan().shadow() != null) ? match.plan().shadow() : Shadow.DEFAULT;
		return (safe || shadow.allowWrites()) && shadow.sample() > 0 && draw.getAsDouble() < shadow.sample();
	}

	private static boolean canaryServes(RouteMatch match, Side forced, IntSupplier bucket) {
		if (forced != null) {
			return forced == Side.SERVICE;
		}
		Canary canary = (match.plan().canary() != null) ? match.plan().canary() : Canary.NONE;
		return canary.percent() > 0 && bucket.getAsInt() < canary.percent();
	}

}
