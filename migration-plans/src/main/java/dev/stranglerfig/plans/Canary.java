package dev.stranglerfig.plans;

import java.util.List;

/**
 * The canary: {@code percent} of shoppers (by a stable hash of their cohort key) have their reads served by
 * the service. The same shopper lands in the same bucket for every endpoint of every plan.
 *
 * @param cohort where the cohort key comes from, first match wins; the client address is the fallback
 */
public record Canary(int percent, List<CohortSource> cohort) {

	public static final Canary NONE = new Canary(0, List.of());

}
