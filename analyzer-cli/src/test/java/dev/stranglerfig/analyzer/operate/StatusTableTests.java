package dev.stranglerfig.analyzer.operate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.analyzer.operate.MoveChecksTests.json;
import static org.assertj.core.api.Assertions.assertThat;

class StatusTableTests {

	@Test
	void oneAlignedRowPerContextThenTheLastChanges() {
		ContextStatus users = new ContextStatus(json("""
				{"context": "users", "livePhase": "canary", "filePhase": "legacy", "canaryPercent": 10, "version": 4}"""),
				json("""
						{"context": "users", "serviceShare": 0.098, "comparisons": 500, "diffs": 1, "diffRate": 0.002,
						 "legacy": {"requests": 451, "errors": 0, "errorRate": 0.0, "p99Millis": 12.4},
						 "service": {"requests": 49, "errors": 1, "errorRate": 0.0204, "p99Millis": 15.2},
						 "guards": {"maxDiffRate": 0.001, "windowMillis": 60000}}"""),
				json("""
						{"context": "users", "stream": "strangler_users_l2s", "direction": "l2s", "state": "RUNNING", "detail": "",
						 "slotLagBytes": 4096, "lagMillis": 48, "applied": 301, "deadLettered": 2}"""),
				null, List.of(json("""
						{"at": "2026-11-24T02:00:00Z", "actor": "alice", "action": "apply", "fromPhase": "shadow",
						 "toPhase": "canary", "fromPercent": 10, "toPercent": 10, "reason": "diffs clean",
						 "detail": {"forced": ["verify: legacy and service differ in public.app_user"]}}"""),
						json("""
								{"at": "2026-11-23T09:00:00Z", "actor": "plan-file", "action": "seed", "toPhase": "legacy",
								 "toPercent": 10, "reason": "first seen in users.yaml", "detail": null}""")));
		ContextStatus catalog = new ContextStatus(json("""
				{"context": "catalog", "livePhase": "legacy", "filePhase": "legacy", "canaryPercent": 0, "version": 1}"""),
				json("""
						{"context": "catalog", "serviceShare": 0, "comparisons": 0, "diffs": 0, "diffRate": 0,
						 "legacy": {"requests": 0, "errors": 0, "errorRate": 0, "p99Millis": 0},
						 "service": {"requests": 0, "errors": 0, "errorRate": 0, "p99Millis": 0}}"""),
				null, "unreachable", List.of());

		String table = StatusTable.render(List.of(users, catalog));

		assertThat(table).isEqualTo("""
				CONTEXT  PHASE       TO SERVICE   ERRORS L/S   P99 MS L/S  DIFF RATE      BRIDGE
				users    canary 10%  9.8% of 500  0.0% / 2.0%  12 / 15     0.002 (1/500)  l2s RUNNING, lag 48 ms, 301 applied, 2 dead-lettered
				catalog  legacy      no requests  - / -        - / -       -              unreachable
				(traffic over each plan's guards.window, as this proxy replica saw it)

				users: last changes
				  2026-11-24T02:00:00Z  alice  apply shadow -> canary 10%  "diffs clean"  FORCED past: verify: legacy and service differ in public.app_user
				  2026-11-23T09:00:00Z  plan-file  seed legacy  "first seen in users.yaml"
				""");
	}

	@Test
	void theJsonFormKeepsEverySourcesFigures() {
		ContextStatus users = new ContextStatus(json("""
				{"context": "users", "livePhase": "reads", "filePhase": "legacy", "canaryPercent": 0, "version": 7}"""),
				json("{\"context\": \"users\", \"diffRate\": 0.5}"), null, "not synced", List.of());

		assertThat(users.toJson().toString()).isEqualTo("{\"context\":\"users\",\"phase\":\"reads\",\"canaryPercent\":0,"
				+ "\"filePhase\":\"legacy\",\"version\":7,\"traffic\":{\"context\":\"users\",\"diffRate\":0.5},"
				+ "\"bridge\":{\"problem\":\"not synced\"},\"audit\":[]}");
	}

}
