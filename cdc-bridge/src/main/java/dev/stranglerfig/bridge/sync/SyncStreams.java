package dev.stranglerfig.bridge.sync;

import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.plans.PlanProblem;
import dev.stranglerfig.plans.PlanSet;

/** Turns the configured contexts and their plans into the streams to run, or says what to fix. */
public final class SyncStreams {

	private SyncStreams() {
	}

	/** One stream per configured context, in the direction its plan's phase gives. */
	public static List<SyncStream> of(BridgeProperties properties) {
		if (properties.getContexts().isEmpty()) {
			throw new IllegalStateException("bridge.contexts is empty; list the contexts to keep in sync, e.g. bridge.contexts=users,catalog");
		}
		PlanSet plans = load(properties);
		List<SyncStream> streams = new ArrayList<>();
		for (String context : properties.getContexts()) {
			streams.add(of(properties, plans, context));
		}
		return streams;
	}

	/** The stream of one context in a given direction (the live phase's, which may differ from the plan file's). */
	public static SyncStream of(BridgeProperties properties, String context, Direction direction) {
		return of(properties, load(properties), context, direction);
	}

	/** Where the control state lives: {@code bridge.control}, or the legacy database when unset. */
	public static DatabaseAddress control(BridgeProperties properties) {
		return (properties.getControl() != null) ? address(properties.getControl()) : legacy(properties);
	}

	/** The stream of one context, configured in {@code bridge.contexts} or not. */
	public static SyncStream of(BridgeProperties properties, String context) {
		return of(properties, load(properties), context);
	}

	private static SyncStream of(BridgeProperties properties, PlanSet plans, String context) {
		return of(properties, plans, context, Direction.forPhase(plan(properties, plans, context).phase()));
	}

	private static SyncStream of(BridgeProperties properties, PlanSet plans, String context, Direction direction) {
		Plan plan = plan(properties, plans, context);
		DatabaseAddress legacy = legacy(properties);
		DatabaseAddress serviceAddress = service(properties, context);
		List<TableRoute> tables = plan.tables().stream().map(mapping -> TableRoute.of(mapping, direction)).toList();
		return (direction == Direction.LEGACY_TO_SERVICE)
				? new SyncStream(context, direction, legacy, serviceAddress, tables)
				: new SyncStream(context, direction, serviceAddress, legacy, tables);
	}

	/** The plan of a context, with at least one table mapping. */
	public static Plan plan(BridgeProperties properties, String context) {
		return plan(properties, load(properties), context);
	}

	public static DatabaseAddress legacy(BridgeProperties properties) {
		return address(properties.getLegacy());
	}

	public static DatabaseAddress service(BridgeProperties properties, String context) {
		BridgeProperties.Database service = properties.getServices().get(context);
		if (service == null) {
			throw new IllegalStateException("No database for context '" + context + "'; set bridge.services." + context
					+ ".url, .user and .password");
		}
		return address(service);
	}

	private static Plan plan(BridgeProperties properties, PlanSet plans, String context) {
		Plan plan = plans.plan(context)
			.orElseThrow(() -> new IllegalStateException("No plan for context '" + context + "' in "
					+ properties.getPlansDir().toAbsolutePath() + "; add " + context + ".yaml there or remove '" + context
					+ "' from bridge.contexts"));
		if (plan.tables() == null || plan.tables().isEmpty()) {
			throw new IllegalStateException(plan.source() + " maps no tables (data.tables); the bridge has nothing to copy for '"
					+ context + "'");
		}
		return plan;
	}

	private static DatabaseAddress address(BridgeProperties.Database database) {
		return new DatabaseAddress(database.getUrl(), database.getUser(), database.getPassword());
	}

	private static PlanSet load(BridgeProperties properties) {
		try {
			return PlanLoader.loadDirectory(properties.getPlansDir());
		}
		catch (InvalidPlanException ex) {
			throw new IllegalStateException("The plans in " + properties.getPlansDir().toAbsolutePath()
					+ " are invalid; fix them (bridge.plans-dir points there):\n  "
					+ String.join("\n  ", ex.problems().stream().map(PlanProblem::toString).toList()), ex);
		}
	}

}
