package dev.stranglerfig.analyzer.operate;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The preconditions of a forward move, each failure one line naming the check and the figures: the bridge is
 * running and no further behind than the plan's {@code guards.maxBridgeLag}; both sides hold the same rows when the
 * service is to answer reads; the shadow diff rate is within {@code guards.maxDiffRate}. A rollback is never held
 * back.
 */
final class MoveChecks {

	private MoveChecks() {
	}

	/**
	 * @param traffic the context's entry of {@code GET /admin/traffic} (traffic and guards)
	 * @param bridge what the bridge said of the context's stream
	 * @param verify runs verify on the bridge (only called when the move needs it and the stream runs)
	 */
	static List<String> failed(Move move, JsonNode traffic, BridgeReading bridge, Supplier<JsonNode> verify) {
		List<String> failed = new ArrayList<>();
		if (!move.forward()) {
			return failed;
		}
		JsonNode guards = traffic.get("guards");
		boolean streamRuns = bridgeChecks(move, guards, bridge, failed);
		if (move.serviceServesReads() && streamRuns) {
			verifyCheck(move, verify, failed);
		}
		long comparisons = traffic.get("comparisons").asLong();
		double diffRate = traffic.get("diffRate").asDouble();
		double maxDiffRate = guards.get("maxDiffRate").asDouble();
		if (comparisons > 0 && diffRate > maxDiffRate) {
			failed.add(String.format(Locale.ROOT,
					"diff rate: %.3f over the last %d s (%d of %d shadowed responses differed), above the plan's guards.maxDiffRate %s",
					diffRate, guards.get("windowMillis").asLong() / 1000, traffic.get("diffs").asLong(), comparisons,
					guards.get("maxDiffRate").asString()));
		}
		return failed;
	}

	/** @return whether the stream runs, so that verify can be asked */
	private static boolean bridgeChecks(Move move, JsonNode guards, BridgeReading bridge, List<String> failed) {
		if (bridge.unreachable() != null) {
			failed.add("bridge: " + bridge.unreachable() + "; its lag and verify are unknown");
			return false;
		}
		JsonNode stream = bridge.stream();
		if (stream == null) {
			failed.add("bridge: the bridge at " + bridge.base() + " does not sync " + move.context()
					+ ", so its lag and verify are unknown (a context without data.tables has nothing to sync: --force)");
			return false;
		}
		String state = stream.get("state").asString();
		if (!state.equals("RUNNING")) {
			String detail = stream.path("detail").asString("");
			failed.add("bridge: stream " + stream.get("stream").asString() + " is " + state
					+ (detail.isEmpty() ? "" : ": " + detail));
			return false;
		}
		JsonNode limit = guards.get("maxBridgeLagMillis");
		long lag = stream.get("lagMillis").asLong();
		if (limit != null && !limit.isNull() && lag > limit.asLong()) {
			failed.add("bridge lag: " + lag + " ms behind (" + stream.get("slotLagBytes").asLong()
					+ " bytes of WAL held), above the plan's guards.maxBridgeLag of " + limit.asLong() + " ms");
		}
		return true;
	}

	private static void verifyCheck(Move move, Supplier<JsonNode> verify, List<String> failed) {
		JsonNode report;
		try {
			report = verify.get();
		}
		catch (ControlPlaneException | RefusedException ex) {
			failed.add("verify: not verified: " + ex.getMessage());
			return;
		}
		if (report.get("equal").asBoolean()) {
			return;
		}
		List<String> tables = report.get("tables").valueStream()
			.filter(table -> !table.get("equal").asBoolean())
			.map(table -> table.get("legacyTable").asString() + " -> " + table.get("serviceTable").asString() + " (legacy "
					+ table.get("legacyRows").asLong() + " rows, service " + table.get("serviceRows").asLong() + " rows)")
			.toList();
		failed.add("verify: legacy and service differ in " + String.join(", ", tables) + "; the service would answer "
				+ (move.to().value().equals("canary") ? "a cohort's" : "every") + " read from different data");
	}

	/**
	 * What the bridge said of a context.
	 *
	 * @param stream its entry in {@code GET /bridge/contexts}, {@code null} when the bridge runs none for it
	 * @param unreachable why the bridge could not be asked, {@code null} when it answered
	 */
	record BridgeReading(URI base, JsonNode stream, String unreachable) {
	}

}
