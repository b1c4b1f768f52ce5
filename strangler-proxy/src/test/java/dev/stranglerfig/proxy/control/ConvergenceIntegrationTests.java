package dev.stranglerfig.proxy.control;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanProblem;
import dev.stranglerfig.proxy.ProxyApps;
import dev.stranglerfig.proxy.admin.AdminClient;
import dev.stranglerfig.proxy.admin.AdminServer;
import dev.stranglerfig.proxy.routing.RoutingTableSource;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.stranglerfig.proxy.control.FixedPlanSource.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two replicas on one control database: what one applies or reloads, the other serves within a second. */
@ExtendWith(OutputCaptureExtension.class)
class ConvergenceIntegrationTests {

	private static final Plan USERS = plan("users", Phase.SHADOW, 0, "GET /api/users/{id}");

	private static final Plan SECOND_USERS = plan("users", Phase.LEGACY, 0, "GET /api/users/{id}");

	private static final Plan ORDERS = plan("orders", Phase.READS, 0, "GET /api/orders/{id}", "POST /api/orders");

	private static final Plan REVIEWS = plan("reviews", Phase.SHADOW, 0, "GET /api/reviews/{id}");

	private static final FixedPlanSource firstFiles = new FixedPlanSource(USERS);

	private static final FixedPlanSource secondFiles = new FixedPlanSource(SECOND_USERS);

	private static PostgresServer.Database database;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() {
		database = TestPostgres.newDatabase("convergence");
		first = ProxyApps.start(database, firstFiles);
		// The second replica's file says legacy, but the live state the first one seeded wins.
		second = ProxyApps.start(database, secondFiles);
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void aChangeThroughOneReplicaIsServedByTheOtherWithinASecond() {
		assertThat(served(second, "users").phase()).isEqualTo(Phase.SHADOW);

		assertThat(admin(first).postJson("/admin/plans/users/phase",
				"{\"phase\": \"canary\", \"canaryPercent\": 5, \"reason\": \"first shoppers\"}").status())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(served(second, "users").phase()).isEqualTo(Phase.CANARY);
			assertThat(served(second, "users").canary().percent()).isEqualTo(5);
		});
	}

	@Test
	void aReloadThroughOneReplicaIsServedByTheOtherWithinASecond() {
		// orders.yaml added to the plan files both replicas read
		firstFiles.serve(USERS, ORDERS);
		secondFiles.serve(SECOND_USERS, ORDERS);

		assertThat(admin(first).post("/admin/plans/reload", "application/json", "").status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(second.getBean(RoutingTableSource.class).current().match("POST", "/api/orders"))
				.hasValueSatisfying(route -> assertThat(route.phase()).isEqualTo(Phase.READS));
			assertThat(admin(second).get("/admin/plans/orders").status()).isEqualTo(200);
		});
	}

	@Test
	void aReloadWhoseNotificationAReplicaMissedIsFollowedAtItsNextReread() throws Exception {
		firstFiles.serve(USERS, ORDERS, REVIEWS);
		secondFiles.serve(SECOND_USERS, ORDERS, REVIEWS);
		assertThat(second.getBean(RoutingTableSource.class).current().match("GET", "/api/reviews/1")).isEmpty();
		// What a replica's reload leaves behind when the others' listeners were reconnecting: the audit row, no
		// notification heard.
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO strangler_control.audit (actor, action, reason) "
					+ "VALUES ('admin-api', 'reload', 'plan files re-read')");
		}

		// The re-read every control-resync (5 s) finds it.
		await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> assertThat(
				second.getBean(RoutingTableSource.class).current().match("GET", "/api/reviews/1"))
			.hasValueSatisfying(route -> assertThat(route.phase()).isEqualTo(Phase.SHADOW)));
	}

	@Test
	void aReplicaWhosePlanFilesAreInvalidKeepsItsPlansWhenAnotherReloads(CapturedOutput output) {
		List<String> before = second.getBean(RoutingTableSource.class).current().describe();
		firstFiles.serve(USERS, ORDERS);
		secondFiles.breakWith(new PlanProblem("orders.yaml", 3, "unknown key 'bogus'; remove it"));

		assertThat(admin(first).post("/admin/plans/reload", "application/json", "").status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(output).contains("a replica reloaded the plan files, but they are invalid here")
				.contains("orders.yaml:3"));
		assertThat(second.getBean(RoutingTableSource.class).current().describe()).isEqualTo(before);
	}

	private static AdminClient admin(ConfigurableApplicationContext app) {
		return new AdminClient(app.getBean(AdminServer.class).port(), ProxyApps.TOKEN);
	}

	private static Plan served(ConfigurableApplicationContext app, String context) {
		return app.getBean(RoutingTableSource.class).current().plans().stream()
			.filter(plan -> plan.context().equals(context))
			.findFirst()
			.orElseThrow();
	}

}
