package dev.stranglerfig.proxy.control;

import java.time.Duration;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.proxy.ProxyApps;
import dev.stranglerfig.proxy.admin.AdminClient;
import dev.stranglerfig.proxy.admin.AdminServer;
import dev.stranglerfig.proxy.routing.RoutingTableSource;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static dev.stranglerfig.proxy.control.FixedPlanSource.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two replicas on one control database: what one applies, the other serves within a second. */
class ConvergenceIntegrationTests {

	private static final Plan USERS = plan("users", Phase.SHADOW, 0, "GET /api/users/{id}");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() {
		PostgresServer.Database database = TestPostgres.newDatabase("convergence");
		first = ProxyApps.start(database, new FixedPlanSource(USERS));
		// The second replica's file says legacy, but the live state the first one seeded wins.
		second = ProxyApps.start(database, new FixedPlanSource(plan("users", Phase.LEGACY, 0, "GET /api/users/{id}")));
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void aChangeThroughOneReplicaIsServedByTheOtherWithinASecond() {
		assertThat(served(second).phase()).isEqualTo(Phase.SHADOW);
		AdminClient admin = new AdminClient(first.getBean(AdminServer.class).port(), ProxyApps.TOKEN);

		assertThat(admin.postJson("/admin/plans/users/phase",
				"{\"phase\": \"canary\", \"canaryPercent\": 5, \"reason\": \"first shoppers\"}").status())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(served(second).phase()).isEqualTo(Phase.CANARY);
			assertThat(served(second).canary().percent()).isEqualTo(5);
		});
	}

	private static Plan served(ConfigurableApplicationContext app) {
		return app.getBean(RoutingTableSource.class).current().plans().get(0);
	}

}
