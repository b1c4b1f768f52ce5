package dev.stranglerfig.stack.journey;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.stranglerfig.stack.FreePorts;
import dev.stranglerfig.testsupport.journey.AdminApi;
import dev.stranglerfig.testsupport.journey.Journey;
import dev.stranglerfig.testsupport.journey.Move;
import dev.stranglerfig.testsupport.sandbox.Sandbox;
import dev.stranglerfig.testsupport.shoppers.ShopperTraffic;
import dev.stranglerfig.testsupport.shoppers.TrafficReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The migration's story with shoppers shopping: the whole sandbox (seeded monolith, services on their own
 * databases, the CDC bridge, the proxy) runs, simulated shoppers and merchants use the shop's public URLs only, and
 * a context is moved phase by phase while they do. Afterwards: no shopper saw a server error, no shopper was
 * served by both sides within a phase, every acknowledged write is in both databases exactly once, and the audit
 * trail lists every move.
 */
class MigrationJourneyIntegrationTests {

	/** How many planned requests of the context each phase sees before the next move. */
	private static final int REQUESTS_PER_PHASE = 150;

	private static final List<Move> MOVES = Move.JOURNEY;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Sandbox sandbox;

	private static AdminApi admin;

	@TempDir
	static Path plans;

	@BeforeAll
	static void startSandbox() throws Exception {
		sandbox = Sandbox.withOptions("--root", "../..", "--plans-dir", plansForThisMachine().toString(), "--seed-users",
				"200", "--postgres-port", freePort(),
				"--legacy-port", freePort(), "--proxy-port", freePort(), "--admin-port", freePort(), "--proxy-management-port", freePort(), "--users-port",
				freePort(), "--catalog-port", freePort(), "--inventory-port", freePort(), "--bridge-port", freePort());
		sandbox.start(new PrintWriter(System.out, true));
		admin = new AdminApi(sandbox.admin(), sandbox.adminToken());
	}

	/**
	 * The repository's plans, with one guard loosened: seven JVMs and the shoppers share two cores here, and a
	 * service that just took all of a context's reads shows a p99 twice legacy's from machine load and a cold JIT
	 * alone, which would roll the journey back for reasons that are not the migration's (the proxy's own scenario
	 * tests cover the latency guard). Every other guard, the diff rate included, is the plans' own, and so is
	 * readYourWrites (2 s): these shoppers edit their account about once a second, and their reads still reach the
	 * service because the proxy holds them only until the bridge has applied their write.
	 */
	private static Path plansForThisMachine() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("../../migration-plans/plans"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
				String plan = Files.readString(file);
				String loosened = plan.replaceAll("maxP99LatencyRatio: [0-9.]+", "maxP99LatencyRatio: 20.0");
				assertThat(loosened).as("%s names its latency guard as this test expects", file).isNotEqualTo(plan);
				Files.writeString(plans.resolve(file.getFileName()), loosened);
			}
		}
		return plans;
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@Test
	void usersMovesToItsServiceWhileShoppersShop() throws Exception {
		TrafficReport report = journey("users");

		assertShoppersNoticedNothing(report, "users");
		assertEveryWriteOnceOnBothSides(() -> new WrittenRows(sandbox).users(report));
		assertVerifyEqual("users");
		assertAuditListsEveryMove("users", MOVES);
	}

	@Test
	void catalogMovesToItsServiceWhileShoppersShop() throws Exception {
		TrafficReport report = journey("catalog");

		assertShoppersNoticedNothing(report, "catalog");
		assertEveryWriteOnceOnBothSides(() -> new WrittenRows(sandbox).catalog(report));
		assertVerifyEqual("catalog");
		assertAuditListsEveryMove("catalog", MOVES);
	}

	private static TrafficReport journey(String context) throws Exception {
		ShopperTraffic traffic = ShopperTraffic.start(sandbox.proxy(), ShopperTraffic.Settings.defaults());
		try {
			new Journey(admin, REQUESTS_PER_PHASE, Duration.ofMinutes(2)).run(context, MOVES, traffic,
					line -> System.out.println(context + ": " + line));
		}
		finally {
			traffic.stop();
		}
		TrafficReport report = traffic.sofar();
		System.out.println(context + " journey: " + report.summary());
		return report;
	}

	private static void assertShoppersNoticedNothing(TrafficReport report, String context) {
		assertThat(report.serverErrors()).as("server errors shoppers saw:%n%s", report.summary()).isEmpty();
		// A shopper reading their own fresh write while the service answers reads and the bridge has not copied it
		// yet is kept on legacy by the proxy (readYourWrites), so even that read gets no 404.
		assertThat(report.unexpected()).as("client errors the shoppers' requests did not call for:%n%s", report.summary())
			.isEmpty();
		assertThat(report.sideSwitches()).as("shoppers served by both sides within one phase").isEmpty();
		assertThat(report.serviceShare("shadow", context)).as("shadow serves every shopper from legacy").isZero();
		assertThat(report.serviceShare("reads", context)).as("reads serves every shopper from the service")
			.isEqualTo(1.0);
		assertThat(report.serviceShare("retired", context)).as("retired serves every shopper from the service")
			.isEqualTo(1.0);
		double small = report.serviceShare("canary 10%", context);
		double large = report.serviceShare("canary 50%", context);
		assertThat(large).as("canary 50%: some shoppers on each side").isStrictlyBetween(0.0, 1.0);
		assertThat(small).as("a shopper in the 10% cohort stays in the 50% one").isLessThanOrEqualTo(large);
	}

	private static void assertEveryWriteOnceOnBothSides(Check check) {
		// The bridge copies the last writes within its lag; poll for it rather than guess how long it takes.
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(check.problems()).as("acknowledged writes not exactly once on both sides")
				.isEmpty());
	}

	/** Every mapped table, counts and checksums, as `strangler verify` asks the bridge. */
	private static void assertVerifyEqual(String context) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest verify = HttpRequest.newBuilder(sandbox.bridge().resolve("/bridge/contexts/" + context + "/verify"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(JSON.readTree(http.send(verify, HttpResponse.BodyHandlers.ofString()).body())
				.path("equal")
				.asBoolean()).as("verify %s", context).isTrue());
	}

	private static void assertAuditListsEveryMove(String context, List<Move> moves)
			throws IOException, InterruptedException {
		List<String> recorded = new ArrayList<>();
		for (JsonNode entry : admin.audit(context)) {
			if ("apply".equals(entry.path("action").asString())) {
				// The trail comes newest first.
				recorded.add(0, entry.path("toPhase").asString() + "@" + entry.path("toPercent").asInt());
			}
		}
		List<String> expected = new ArrayList<>();
		int percent = 0;
		for (Move move : moves) {
			percent = (move.percent() != null) ? move.percent() : percent;
			expected.add(move.phase() + "@" + percent);
		}
		assertThat(recorded).as("audit trail of " + context).containsSubsequence(expected);
	}

	@FunctionalInterface
	interface Check {

		List<String> problems() throws Exception;

	}

	private static String freePort() throws IOException {
		return String.valueOf(FreePorts.next());
	}

}
