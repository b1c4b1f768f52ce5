package dev.stranglerfig.proxy.routing;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.ServiceTarget;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.proxy.traffic.Side;

import static org.assertj.core.api.Assertions.assertThat;

class SideDecisionTests {

	@ParameterizedTest(name = "{0} {1} -> {2} mirror={3}")
	@CsvSource({ "legacy, GET, LEGACY, false", "legacy, POST, LEGACY, false", "shadow, GET, LEGACY, true",
			"shadow, POST, LEGACY, false", "reads, GET, SERVICE, false", "reads, DELETE, LEGACY, false",
			"writes, GET, SERVICE, false", "writes, PUT, SERVICE, false", "retired, POST, SERVICE, false" })
	void followsThePhasesTable(String phase, String method, Side side, boolean mirror) {
		Decision decision = SideDecision.decide(match(Phase.of(phase), method, 0, Shadow.DEFAULT), null, () -> 0,
				() -> 0.5);

		assertThat(decision).isEqualTo(new Decision(side, mirror));
	}

	@Test
	void canaryServesReadsOfShoppersBelowThePercent() {
		RouteMatch read = match(Phase.CANARY, "GET", 30, Shadow.DEFAULT);

		assertThat(SideDecision.decide(read, null, () -> 29, () -> 0).side()).isEqualTo(Side.SERVICE);
		assertThat(SideDecision.decide(read, null, () -> 30, () -> 0).side()).isEqualTo(Side.LEGACY);
		assertThat(SideDecision.decide(match(Phase.CANARY, "POST", 100, Shadow.DEFAULT), null, () -> 0, () -> 0).side())
			.isEqualTo(Side.LEGACY);
	}

	@Test
	void aForcedSideWinsOverTheCohortForCanaryReadsOnly() {
		assertThat(SideDecision.decide(match(Phase.CANARY, "GET", 0, Shadow.DEFAULT), Side.SERVICE, () -> 99, () -> 0)
			.side()).isEqualTo(Side.SERVICE);
		assertThat(SideDecision.decide(match(Phase.CANARY, "GET", 100, Shadow.DEFAULT), Side.LEGACY, () -> 0, () -> 0)
			.side()).isEqualTo(Side.LEGACY);
		assertThat(SideDecision.decide(match(Phase.CANARY, "PUT", 0, Shadow.DEFAULT), Side.SERVICE, () -> 0, () -> 0)
			.side()).isEqualTo(Side.LEGACY);
		assertThat(SideDecision.decide(match(Phase.READS, "GET", 0, Shadow.DEFAULT), Side.LEGACY, () -> 0, () -> 0)
			.side()).isEqualTo(Side.SERVICE);
	}

	@Test
	void shadowSamplesAndMirrorsWritesOnlyWhenAllowed() {
		Shadow tenth = new Shadow(List.of(), List.of(), 0.1, false);
		assertThat(SideDecision.decide(match(Phase.SHADOW, "GET", 0, tenth), null, () -> 0, () -> 0.05).mirror()).isTrue();
		assertThat(SideDecision.decide(match(Phase.SHADOW, "GET", 0, tenth), null, () -> 0, () -> 0.5).mirror()).isFalse();
		Shadow writes = new Shadow(List.of(), List.of(), 1.0, true);
		assertThat(SideDecision.decide(match(Phase.SHADOW, "POST", 0, writes), null, () -> 0, () -> 0.5))
			.isEqualTo(Decision.SHADOWED);
	}

	private static RouteMatch match(Phase phase, String method, int percent, Shadow shadow) {
		Endpoint endpoint = new Endpoint(method, "/api/users/{id}", null);
		Plan plan = new Plan("users", new ServiceTarget("users-service", URI.create("http://localhost:8101")),
				List.of(endpoint), phase, new Canary(percent, List.of()), shadow, null,
				Plan.DEFAULT_READ_YOUR_WRITES, List.of(), "users.yaml");
		return new RouteMatch(plan, endpoint, phase);
	}

}
