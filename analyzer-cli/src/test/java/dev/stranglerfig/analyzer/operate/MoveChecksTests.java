package dev.stranglerfig.analyzer.operate;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.stranglerfig.analyzer.operate.MoveChecks.BridgeReading;
import dev.stranglerfig.plans.Phase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MoveChecksTests {

	private static final URI BRIDGE = URI.create("http://localhost:8110");

	private static final JsonNode EQUAL = json("""
			{"context": "users", "equal": true, "tables": [], "report": "EQUAL\\n"}""");

	private static final JsonNode DIFFERENT = json("""
			{"context": "users", "equal": false, "report": "DIFFERENT\\n", "tables": [
			  {"legacyTable": "public.app_user", "serviceTable": "users.user_account", "equal": false, "legacyRows": 10, "serviceRows": 11},
			  {"legacyTable": "public.address", "serviceTable": "users.address", "equal": true, "legacyRows": 3, "serviceRows": 3}]}""");

	@Test
	void aHealthyMoveIntoReadsPassesAfterVerifying() {
		AtomicInteger verified = new AtomicInteger();

		List<String> failed = MoveChecks.failed(move(Phase.CANARY, 50, Phase.READS, 50), traffic(0, 0, null),
				running(40), () -> {
					verified.incrementAndGet();
					return EQUAL;
				});

		assertThat(failed).isEmpty();
		assertThat(verified).hasValue(1);
	}

	@Test
	void namesEveryFailedCheckWithItsFigures() {
		List<String> failed = MoveChecks.failed(move(Phase.CANARY, 10, Phase.READS, 10), traffic(500, 10, 5000L),
				running(9000), () -> DIFFERENT);

		assertThat(failed).containsExactly(
				"bridge lag: 9000 ms behind (4096 bytes of WAL held), above the plan's guards.maxBridgeLag of 5000 ms",
				"verify: legacy and service differ in public.app_user -> users.user_account (legacy 10 rows, service 11 rows); "
						+ "the service would answer every read from different data",
				"diff rate: 0.020 over the last 60 s (10 of 500 shadowed responses differed), above the plan's guards.maxDiffRate 0.001");
	}

	@Test
	void withoutALagLimitOnlyTheStreamsStateCounts() {
		assertThat(MoveChecks.failed(move(Phase.LEGACY, 0, Phase.SHADOW, 0), traffic(0, 0, null), running(600_000), failIfAsked()))
			.isEmpty();
		JsonNode retrying = json("""
				{"context": "users", "stream": "strangler_users_l2s", "direction": "l2s", "state": "RETRYING",
				 "detail": "target unreachable", "slotLagBytes": 0, "lagMillis": 0, "applied": 0, "deadLettered": 0}""");
		assertThat(MoveChecks.failed(move(Phase.LEGACY, 0, Phase.SHADOW, 0), traffic(0, 0, null),
				new BridgeReading(BRIDGE, retrying, null), failIfAsked()))
			.containsExactly("bridge: stream strangler_users_l2s is RETRYING: target unreachable");
	}

	@Test
	void verifiesOnlyWhenTheServiceIsToAnswerReads() {
		assertThat(MoveChecks.failed(move(Phase.LEGACY, 0, Phase.SHADOW, 0), traffic(0, 0, null), running(10), failIfAsked()))
			.isEmpty();
		assertThat(MoveChecks.failed(move(Phase.SHADOW, 0, Phase.CANARY, 0), traffic(0, 0, null), running(10), failIfAsked()))
			.isEmpty();
		assertThat(MoveChecks.failed(move(Phase.CANARY, 10, Phase.CANARY, 50), traffic(0, 0, null), running(10), () -> DIFFERENT))
			.singleElement().asString().startsWith("verify: legacy and service differ").endsWith("a cohort's read from different data");
	}

	@Test
	void anUnreachableOrSilentBridgeIsAFailedCheckNotAnError() {
		assertThat(MoveChecks.failed(move(Phase.SHADOW, 0, Phase.CANARY, 10), traffic(0, 0, null),
				new BridgeReading(BRIDGE, null, "cannot reach the bridge at http://localhost:8110"), failIfAsked()))
			.containsExactly("bridge: cannot reach the bridge at http://localhost:8110; its lag and verify are unknown");
		assertThat(MoveChecks.failed(move(Phase.SHADOW, 0, Phase.CANARY, 10), traffic(0, 0, null),
				new BridgeReading(BRIDGE, null, null), failIfAsked()))
			.singleElement().asString().startsWith("bridge: the bridge at http://localhost:8110 does not sync users");
		assertThat(MoveChecks.failed(move(Phase.CANARY, 10, Phase.READS, 10), traffic(0, 0, null), running(10), () -> {
			throw new ControlPlaneException("the bridge at http://localhost:8110 failed (503): a database refused");
		})).containsExactly("verify: not verified: the bridge at http://localhost:8110 failed (503): a database refused");
	}

	@Test
	void neverHoldsBackARollback() {
		assertThat(MoveChecks.failed(move(Phase.READS, 0, Phase.CANARY, 10), traffic(500, 400, 1L),
				new BridgeReading(BRIDGE, null, "down"), failIfAsked())).isEmpty();
		assertThat(MoveChecks.failed(move(Phase.CANARY, 50, Phase.CANARY, 10), traffic(500, 400, 1L),
				new BridgeReading(BRIDGE, null, "down"), failIfAsked())).isEmpty();
	}

	private static Move move(Phase from, int fromPercent, Phase to, int toPercent) {
		return new Move("users", from, fromPercent, to, toPercent);
	}

	private static BridgeReading running(long lagMillis) {
		return new BridgeReading(BRIDGE, json("""
				{"context": "users", "stream": "strangler_users_l2s", "direction": "l2s", "state": "RUNNING", "detail": "",
				 "slotLagBytes": 4096, "lagMillis": %d, "applied": 12, "deadLettered": 0}""".formatted(lagMillis)), null);
	}

	private static JsonNode traffic(long comparisons, long diffs, Long maxBridgeLagMillis) {
		return json("""
				{"context": "users", "serviceShare": 0.1, "comparisons": %d, "diffs": %d, "diffRate": %s,
				 "legacy": {"requests": 90, "errors": 0, "errorRate": 0, "p99Millis": 12},
				 "service": {"requests": 10, "errors": 0, "errorRate": 0, "p99Millis": 15},
				 "guards": {"maxErrorRateDelta": 0.01, "maxP99LatencyRatio": 2.0, "maxDiffRate": 0.001, "windowMillis": 60000,
				            "minRequests": 20, "maxBridgeLagMillis": %s}}"""
			.formatted(comparisons, diffs, (comparisons == 0) ? "0" : String.valueOf((double) diffs / comparisons),
					maxBridgeLagMillis));
	}

	private static Supplier<JsonNode> failIfAsked() {
		return () -> {
			throw new AssertionError("verify must not be asked for this move");
		};
	}

	static JsonNode json(String text) {
		return JsonHttp.JSON.readTree(text);
	}

}
