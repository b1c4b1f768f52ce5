package dev.stranglerfig.proxy.routing;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.ServiceTarget;
import dev.stranglerfig.plans.Shadow;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTableTests {

	private final Plan users = plan("users", Phase.CANARY,
			List.of(new Endpoint("GET", "/api/users/{id}", null), new Endpoint("GET", "/api/users/me", Phase.LEGACY),
					new Endpoint("PUT", "/api/users/{id}", null)));

	private final Plan orders = plan("orders", Phase.READS, List.of(new Endpoint("GET", "/api/orders", null)));

	private final RoutingTable table = RoutingTable.of(List.of(this.users, this.orders));

	@Test
	void matchesByMethodAndPathWithVariables() {
		RouteMatch match = this.table.match("PUT", "/api/users/42").orElseThrow();

		assertThat(match.plan().context()).isEqualTo("users");
		assertThat(match.endpoint().id()).isEqualTo("PUT /api/users/{id}");
		assertThat(match.phase()).isEqualTo(Phase.CANARY);
	}

	@Test
	void aLiteralSegmentWinsOverAVariableAndCarriesItsOwnPhase() {
		RouteMatch match = this.table.match("GET", "/api/users/me").orElseThrow();

		assertThat(match.endpoint().path()).isEqualTo("/api/users/me");
		assertThat(match.phase()).isEqualTo(Phase.LEGACY);
	}

	@Test
	void unclaimedRequestsMatchNothing() {
		assertThat(this.table.match("DELETE", "/api/users/42")).isEmpty();
		assertThat(this.table.match("GET", "/api/users/42/orders")).isEmpty();
		assertThat(this.table.match("GET", "/api/orders/7")).isEmpty();
		assertThat(this.table.match("GET", "/")).isEmpty();
	}

	@Test
	void headFollowsTheGetEndpoint() {
		assertThat(this.table.match("HEAD", "/api/orders")).hasValueSatisfying(
				match -> assertThat(match.endpoint().id()).isEqualTo("GET /api/orders"));
	}

	@Test
	void describesEveryEndpointWithItsPhaseAndTarget() {
		assertThat(this.table.describe()).containsExactly(
				"GET /api/orders -> orders (reads, orders-service http://localhost:8102)",
				"GET /api/users/me -> users (legacy)",
				"GET /api/users/{id} -> users (canary 30%, users-service http://localhost:8101)",
				"PUT /api/users/{id} -> users (canary 30%, users-service http://localhost:8101)");
	}

	static Plan plan(String context, Phase phase, List<Endpoint> endpoints) {
		int port = "users".equals(context) ? 8101 : 8102;
		return new Plan(context, new ServiceTarget(context + "-service", URI.create("http://localhost:" + port)),
				endpoints, phase, new Canary(30, List.of()), Shadow.DEFAULT, null,
				Plan.DEFAULT_READ_YOUR_WRITES, List.of(), context + ".yaml");
	}

}
