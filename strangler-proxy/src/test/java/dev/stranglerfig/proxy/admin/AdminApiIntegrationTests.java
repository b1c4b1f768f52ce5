package dev.stranglerfig.proxy.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanProblem;
import dev.stranglerfig.proxy.ProxyApps;
import dev.stranglerfig.proxy.admin.AdminClient.Answer;
import dev.stranglerfig.proxy.control.FixedPlanSource;
import dev.stranglerfig.proxy.routing.RoutingTableSource;
import dev.stranglerfig.proxy.traffic.RequestOutcome;
import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.proxy.traffic.Side;
import dev.stranglerfig.proxy.guard.TrafficWindows;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static dev.stranglerfig.proxy.control.FixedPlanSource.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AdminApiIntegrationTests {

	private static final Plan USERS = plan("users", Phase.LEGACY, 0, "GET /api/users/{id}", "PUT /api/users/{id}");

	private static final Plan ORDERS = plan("orders", Phase.READS, 0, "GET /api/orders/{id}");

	private static final Plan CARTS = plan("carts", Phase.CANARY, 10, "GET /api/carts/{id}");

	private static final Plan REVIEWS = plan("reviews", Phase.LEGACY, 0, "GET /api/reviews/{id}");

	private static final Plan WISHLISTS = plan("wishlists", Phase.LEGACY, 0, "GET /api/wishlists/{id}");

	/** A write kept in reads by its own phase: fine while legacy owns the data, not once the service does. */
	private static final Plan PAYMENTS = withEndpoint(plan("payments", Phase.READS, 0, "GET /api/payments/{id}"),
			new Endpoint("PUT", "/api/payments/{id}", Phase.READS));

	private static final FixedPlanSource plans = new FixedPlanSource(USERS, ORDERS, CARTS, REVIEWS, WISHLISTS,
			PAYMENTS);

	private static ConfigurableApplicationContext app;

	private static AdminClient admin;

	@BeforeAll
	static void start() {
		app = ProxyApps.start(TestPostgres.newDatabase("admin_api"), plans);
		admin = new AdminClient(app.getBean(AdminServer.class).port(), ProxyApps.TOKEN);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void refusesRequestsWithoutTheTokenAndAuditsThem() {
		int port = app.getBean(AdminServer.class).port();
		Answer none = new AdminClient(port, null).get("/admin/plans");
		Answer wrong = new AdminClient(port, "guess").get("/admin/plans");

		assertThat(none.status()).isEqualTo(401);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.contentType()).isEqualTo("application/problem+json");
		assertThat(wrong.body().get("detail").asString()).contains("Authorization: Bearer");
		List<JsonNode> failures = admin.get("/admin/audit?limit=100").body().valueStream()
			.filter(entry -> entry.get("action").asString().equals("auth-failed"))
			.toList();
		assertThat(failures).hasSizeGreaterThanOrEqualTo(2);
		assertThat(failures).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain("guess"));
		assertThat(failures).anySatisfy(entry -> assertThat(entry.get("detail").get("path").asString()).isEqualTo("/admin/plans"));
	}

	@Test
	void listsAndShowsPlans() {
		Answer list = admin.get("/admin/plans");
		Answer orders = admin.get("/admin/plans/orders");
		Answer unknown = admin.get("/admin/plans/nope");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().valueStream().map(plan -> plan.get("context").asString()).toList()).contains("orders",
				"users", "carts");
		assertThat(orders.body().get("filePhase").asString()).isEqualTo("reads");
		assertThat(orders.body().get("livePhase").asString()).isEqualTo("reads");
		assertThat(orders.body().get("service").asString()).isEqualTo("orders-service");
		assertThat(orders.body().get("endpoints").get(0).get("id").asString()).isEqualTo("GET /api/orders/{id}");
		assertThat(orders.body().get("lastChange").get("by").asString()).isEqualTo("plan-file");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("detail").asString()).contains("'nope'");
	}

	@Test
	void validatesAPlanAgainstWhatServes() {
		plans.parses("context: users\nphase: shadow\n", plan("users", Phase.SHADOW, 0, "GET /api/users/{id}"));

		Answer good = admin.post("/admin/plans/validate", "application/yaml", "context: users\nphase: shadow\n");
		Answer bad = admin.post("/admin/plans/validate", "text/yaml", "context: users\nbogus: 1\n");

		assertThat(good.status()).isEqualTo(200);
		assertThat(good.body().get("added").valueStream().map(JsonNode::asString).toList())
			.containsExactly("GET /api/users/{id} -> users (shadow, users-service http://127.0.0.1:1)");
		assertThat(good.body().get("removed").valueStream().map(JsonNode::asString).toList())
			.contains("GET /api/users/{id} -> users (legacy)", "PUT /api/users/{id} -> users (legacy)");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("problems").get(0).asString()).isEqualTo("request body:1: unknown key 'bogus'; remove it");
		assertThat(admin.get("/admin/audit?limit=20").body().valueStream().map(entry -> entry.get("action").asString()))
			.contains("validate-rejected");
	}

	@Test
	void appliesAPhaseChangeToTheRoutingTableAndRevertsIt() {
		Answer applied = admin.postJson("/admin/plans/users/phase",
				"{\"phase\": \"shadow\", \"reason\": \"diff the reads\", \"actor\": \"alice\"}");

		assertThat(applied.status()).isEqualTo(200);
		assertThat(admin.get("/admin/plans/users").body().get("livePhase").asString()).isEqualTo("shadow");
		assertThat(livePhase("users")).isEqualTo(Phase.SHADOW);
		JsonNode audit = admin.get("/admin/audit?context=users&limit=1").body().get(0);
		assertThat(audit.get("action").asString()).isEqualTo("apply");
		assertThat(audit.get("actor").asString()).isEqualTo("alice");
		assertThat(audit.get("fromPhase").asString()).isEqualTo("legacy");
		assertThat(audit.get("toPhase").asString()).isEqualTo("shadow");
		assertThat(audit.get("reason").asString()).isEqualTo("diff the reads");

		Answer reverted = admin.postJson("/admin/plans/users/revert", "{\"reason\": \"too noisy\"}");

		assertThat(reverted.status()).isEqualTo(200);
		assertThat(reverted.body().get("livePhase").asString()).isEqualTo("legacy");
		assertThat(livePhase("users")).isEqualTo(Phase.LEGACY);
		assertThat(admin.get("/admin/audit?context=users&limit=1").body().get(0).get("action").asString())
			.isEqualTo("revert");
	}

	@Test
	void auditsTheChecksAForcedMoveOverrode() {
		Answer forced = admin.postJson("/admin/plans/reviews/phase", """
				{"phase": "shadow", "reason": "verify differs on 2 seeded rows, fixed tomorrow", "actor": "bob",
				 "forced": ["verify: reviews differs (public.review)", "bridge lag 9000 ms above the plan's 5000 ms"]}""");

		assertThat(forced.status()).isEqualTo(200);
		JsonNode audit = admin.get("/admin/audit?context=reviews&limit=1").body().get(0);
		assertThat(audit.get("action").asString()).isEqualTo("apply");
		assertThat(audit.get("actor").asString()).isEqualTo("bob");
		assertThat(audit.get("detail").get("forced").valueStream().map(JsonNode::asString))
			.containsExactly("verify: reviews differs (public.review)", "bridge lag 9000 ms above the plan's 5000 ms");

		Answer ordinary = admin.postJson("/admin/plans/reviews/phase", "{\"phase\": \"legacy\", \"reason\": \"back\"}");
		assertThat(ordinary.status()).isEqualTo(200);
		assertThat(admin.get("/admin/audit?context=reviews&limit=1").body().get(0).get("detail").isNull()).isTrue();
	}

	@Test
	void showsEachSidesTrafficAndTheGuardsOverTheWindow() {
		TrafficWindows traffic = app.getBean(TrafficWindows.class);
		for (int i = 0; i < 3; i++) {
			traffic.onRequest(new RequestOutcome("wishlists", "GET /api/wishlists/{id}", Side.LEGACY, (i == 0) ? 500 : 200,
					4_000_000, false, false));
		}
		traffic.onRequest(new RequestOutcome("wishlists", "GET /api/wishlists/{id}", Side.SERVICE, 200, 8_000_000, false, false));
		traffic.onShadowComparison(new ShadowComparison("wishlists", "GET /api/wishlists/{id}", "GET", "/api/wishlists/1",
				200, 200, List.of("$.name"), "{}", "{}"));

		Answer answer = admin.get("/admin/traffic?context=wishlists");

		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		JsonNode wishlists = answer.body().get(0);
		assertThat(wishlists.get("context").asString()).isEqualTo("wishlists");
		assertThat(wishlists.get("legacy").get("requests").asLong()).isEqualTo(3);
		assertThat(wishlists.get("legacy").get("errors").asLong()).isEqualTo(1);
		assertThat(wishlists.get("legacy").get("p99Millis").asDouble()).isBetween(3.6, 4.4);
		assertThat(wishlists.get("service").get("requests").asLong()).isEqualTo(1);
		assertThat(wishlists.get("serviceShare").asDouble()).isEqualTo(0.25);
		assertThat(wishlists.get("comparisons").asLong()).isEqualTo(1);
		assertThat(wishlists.get("diffRate").asDouble()).isEqualTo(1.0);
		assertThat(wishlists.get("guards").get("maxDiffRate").asDouble()).isEqualTo(0.001);
		assertThat(wishlists.get("guards").get("windowMillis").asLong()).isEqualTo(60_000);
		assertThat(admin.get("/admin/traffic").body().valueStream().map(entry -> entry.get("context").asString()))
			.contains("users", "orders", "carts", "reviews", "wishlists");
		assertThat(admin.get("/admin/traffic?context=nope").status()).isEqualTo(404);
	}

	@Test
	void refusesImpossibleMovesAndChangesNothing() {
		long version = admin.get("/admin/plans/orders").body().get("version").asLong();

		Answer skip = admin.postJson("/admin/plans/orders/phase", "{\"phase\": \"retired\", \"reason\": \"hurry\"}");
		Answer noReason = admin.postJson("/admin/plans/orders/phase", "{\"phase\": \"writes\"}");
		Answer percent = admin.postJson("/admin/plans/orders/phase",
				"{\"phase\": \"canary\", \"canaryPercent\": 140, \"reason\": \"more\"}");
		Answer notAPhase = admin.postJson("/admin/plans/orders/phase", "{\"phase\": \"later\", \"reason\": \"x\"}");
		Answer unknown = admin.postJson("/admin/plans/nope/phase", "{\"phase\": \"shadow\", \"reason\": \"x\"}");
		Answer revertWithoutReason = admin.postJson("/admin/plans/orders/revert", "{}");
		// What `curl -d` sends without a Content-Type of its own.
		Answer formEncoded = admin.post("/admin/plans/orders/phase", "application/x-www-form-urlencoded",
				"phase=writes&reason=x");

		assertThat(skip.status()).isEqualTo(400);
		assertThat(skip.body().get("detail").asString()).isEqualTo(
				"cannot move reads -> retired in one step; advance to writes first");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().get("detail").asString()).startsWith("reason is required");
		assertThat(percent.body().get("detail").asString()).isEqualTo("canaryPercent must be between 0 and 100, not 140");
		assertThat(notAPhase.body().get("detail").asString()).contains("'later' is not a phase");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(revertWithoutReason.status()).isEqualTo(400);
		assertThat(admin.get("/admin/audit?context=orders&limit=1").body().get(0).get("action").asString())
			.isEqualTo("revert-rejected");
		assertThat(formEncoded.status()).isEqualTo(415);
		assertThat(formEncoded.contentType()).isEqualTo("application/problem+json");
		assertThat(formEncoded.body().get("detail").asString()).contains("application/x-www-form-urlencoded");
		JsonNode orders = admin.get("/admin/plans/orders").body();
		assertThat(orders.get("livePhase").asString()).isEqualTo("reads");
		assertThat(orders.get("version").asLong()).isEqualTo(version);
		assertThat(livePhase("orders")).isEqualTo(Phase.READS);
	}

	@Test
	void reloadKeepsTheOldPlansWhenTheNewOnesAreBroken() {
		plans.breakWith(new PlanProblem("users.yaml", 4, "GET /api/users/{id} is claimed by users and orders"));

		Answer broken = admin.postJson("/admin/plans/reload", "");

		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.body().get("problems").get(0).asString())
			.isEqualTo("users.yaml:4: GET /api/users/{id} is claimed by users and orders");
		assertThat(admin.get("/admin/plans").body().valueStream().map(plan -> plan.get("context").asString()))
			.contains("users", "orders", "carts");

		plans.serve(USERS, ORDERS, CARTS, REVIEWS, WISHLISTS, plan("ratings", Phase.SHADOW, 0, "GET /api/ratings"));
		Answer reloaded = admin.postJson("/admin/plans/reload", "");

		assertThat(reloaded.status()).isEqualTo(200);
		assertThat(reloaded.body().get("added").valueStream().map(JsonNode::asString).toList())
			.containsExactly("GET /api/ratings -> ratings (shadow, ratings-service http://127.0.0.1:1)");
		assertThat(livePhase("ratings")).isEqualTo(Phase.SHADOW);
	}

	@Test
	void guardRollsBackACanaryWhoseServiceFails() {
		TrafficWindows traffic = app.getBean(TrafficWindows.class);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			for (int i = 0; i < 25; i++) {
				traffic.onRequest(new RequestOutcome("carts", "GET /api/carts/{id}", Side.SERVICE, 503, 2_000_000, false, false));
			}
			assertThat(livePhase("carts")).isNotEqualTo(Phase.CANARY);
		});

		assertThat(admin.get("/admin/audit?context=carts&limit=10").body().valueStream().toList())
			.anySatisfy(entry -> {
				assertThat(entry.get("action").asString()).isEqualTo("rollback");
				assertThat(entry.get("actor").asString()).isEqualTo("guard");
				assertThat(entry.get("fromPhase").asString()).isEqualTo("canary");
				assertThat(entry.get("toPhase").asString()).isEqualTo("shadow");
				assertThat(entry.get("reason").asString())
					.startsWith("service error rate 1.00 over 60s exceeds legacy 0.00 + 0.01");
			});
		assertThat(app.getBean(io.micrometer.core.instrument.MeterRegistry.class)
			.counter("strangler.rollbacks", "context", "carts")
			.count()).isGreaterThanOrEqualTo(1.0);
	}

	@Test
	void refusesAMoveThatWouldLeaveAWriteWithTheSideNotOwningTheData() {
		Answer move = admin.postJson("/admin/plans/payments/phase", "{\"phase\": \"writes\", \"reason\": \"cut over\"}");

		assertThat(move.status()).isEqualTo(400);
		assertThat(move.body().get("detail").asString()).startsWith("cannot move reads -> writes while")
			.contains("PUT /api/payments/{id}");
		assertThat(livePhase("payments")).isEqualTo(Phase.READS);
	}

	private static Plan withEndpoint(Plan plan, Endpoint endpoint) {
		List<Endpoint> endpoints = new ArrayList<>(plan.endpoints());
		endpoints.add(endpoint);
		return new Plan(plan.context(), plan.service(), endpoints, plan.phase(), plan.canary(), plan.shadow(),
				plan.guards(), plan.readYourWrites(), plan.tables(), plan.source());
	}

	private static Phase livePhase(String context) {
		return app.getBean(RoutingTableSource.class)
			.current()
			.plans()
			.stream()
			.filter(plan -> plan.context().equals(context))
			.findFirst()
			.orElseThrow()
			.phase();
	}

}
