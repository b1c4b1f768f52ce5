package dev.stranglerfig.plans;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseChangeTests {

	@Test
	void allowsOneStepForwardAnyRollbackAndARetriedRequest() {
		assertThat(new PhaseChange("users", Phase.SHADOW, 0, Phase.CANARY, 10).problems()).isEmpty();
		assertThat(new PhaseChange("users", Phase.CANARY, 10, Phase.CANARY, 50).problems()).isEmpty();
		assertThat(new PhaseChange("users", Phase.READS, 0, Phase.LEGACY, 0).problems()).isEmpty();
		assertThat(new PhaseChange("users", Phase.WRITES, 0, Phase.READS, 0).problems()).isEmpty();
		assertThat(new PhaseChange("users", Phase.CANARY, 10, Phase.CANARY, 10).problems()).isEmpty();
	}

	@Test
	void refusesSkippingAheadAndLeavingDataOwnershipOutOfOrder() {
		assertThat(new PhaseChange("users", Phase.LEGACY, 0, Phase.READS, 0).problems()).extracting(PlanProblem::toString)
			.containsExactly("users: cannot move legacy -> reads in one step; advance to shadow first");
		assertThat(new PhaseChange("users", Phase.WRITES, 0, Phase.CANARY, 10).problems()).extracting(PlanProblem::toString)
			.containsExactly("users: cannot move writes -> canary: the service owns the data, so hand ownership back "
					+ "first with a move to reads");
	}

	@Test
	void refusesAMoveAcrossTheWriteCutoverThatLeavesAWriteOnTheOtherSide() throws InvalidPlanException {
		Plan plan = PlanLoader.parse("users.yaml", """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - { method: GET, path: "/api/users/{id}", phase: canary }
				  - { method: PUT, path: "/api/users/{id}", phase: reads }
				phase: reads
				""");

		assertThat(new PhaseChange("users", Phase.READS, 0, Phase.WRITES, 0).problems(plan))
			.extracting(PlanProblem::toString)
			.containsExactly("users: cannot move reads -> writes while PUT /api/users/{id} has phase reads; with the plan "
					+ "at writes the service owns the data and the bridge copies it to legacy, so writes legacy takes would "
					+ "be lost; give it one of writes, retired, or remove its phase in users.yaml first");
		assertThat(new PhaseChange("users", Phase.READS, 0, Phase.CANARY, 10).problems(plan)).isEmpty();
	}

	@Test
	void refusesACanaryShareOutsideZeroToHundred() {
		assertThat(new PhaseChange("users", Phase.CANARY, 10, Phase.CANARY, 120).problems()).extracting(PlanProblem::toString)
			.containsExactly("users: canary percent 120 is outside 0..100; give a share between 0 and 100");
	}

}
