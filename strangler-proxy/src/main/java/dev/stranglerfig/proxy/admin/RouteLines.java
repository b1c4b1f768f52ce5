package dev.stranglerfig.proxy.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.proxy.routing.RoutingTable;

/**
 * The routes a set of plans makes, one line each ({@code GET /api/users/{id} -> users (canary 10%, ...)}), and what
 * changes between two sets: what an operator reviews before applying plans.
 */
record RouteLines(Set<String> lines) {

	static RouteLines of(List<Plan> plans) {
		return new RouteLines(new TreeSet<>(RoutingTable.of(plans).describe()));
	}

	/** Lines in {@code next} that this set lacks. */
	List<String> addedIn(RouteLines next) {
		List<String> added = new ArrayList<>(next.lines);
		added.removeAll(this.lines);
		return added;
	}

	/** Lines of this set that {@code next} lacks. */
	List<String> removedIn(RouteLines next) {
		return next.addedIn(this);
	}

}
