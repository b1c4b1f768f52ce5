package dev.stranglerfig.proxy.routing;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;

/**
 * A request claimed by a plan.
 *
 * @param phase the endpoint's effective phase (its own override, else its plan's)
 */
public record RouteMatch(Plan plan, Endpoint endpoint, Phase phase) {
}
