package dev.stranglerfig.proxy.guard;

import java.time.Duration;

import dev.stranglerfig.plans.Guards;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuardRulesTests {

	private static final Guards GUARDS = new Guards(0.01, 2.0, 0.001, Duration.ofSeconds(60), 20);

	@Test
	void aServiceFailingMoreThanLegacyBreaches() {
		WindowTotals legacy = new WindowTotals(1000, 10, 50_000_000, 0, 0);
		WindowTotals service = new WindowTotals(100, 62, 50_000_000, 0, 0);

		assertThat(GuardRules.breach(GUARDS, legacy, service)).hasValue(
				"service error rate 0.62 over 60s exceeds legacy 0.01 + 0.01 (62 of 100 service requests failed)");
	}

	@Test
	void legacyWithoutTrafficCountsAsNeverFailing() {
		WindowTotals service = new WindowTotals(100, 3, 50_000_000, 0, 0);

		assertThat(GuardRules.breach(GUARDS, WindowTotals.EMPTY, service)).hasValueSatisfying(
				reason -> assertThat(reason).startsWith("service error rate 0.03 over 60s exceeds legacy 0.00 + 0.01"));
	}

	@Test
	void fewerServiceErrorsThanMinErrorsDoNotBreachWhateverTheirRate() {
		WindowTotals twoOfTwenty = new WindowTotals(20, 2, 50_000_000, 0, 0);
		WindowTotals threeOfTwenty = new WindowTotals(20, 3, 50_000_000, 0, 0);

		assertThat(GuardRules.breach(GUARDS, WindowTotals.EMPTY, twoOfTwenty)).isEmpty();
		assertThat(GuardRules.breach(GUARDS, WindowTotals.EMPTY, threeOfTwenty)).hasValue(
				"service error rate 0.15 over 60s exceeds legacy 0.00 + 0.01 (3 of 20 service requests failed)");
	}

	@Test
	void errorsWithinTheAllowedDeltaDoNotBreach() {
		WindowTotals legacy = new WindowTotals(1000, 20, 50_000_000, 0, 0);
		WindowTotals service = new WindowTotals(100, 2, 50_000_000, 0, 0);

		assertThat(GuardRules.breach(GUARDS, legacy, service)).isEmpty();
	}

	@Test
	void nothingIsJudgedBeforeTheServiceServedMinRequests() {
		WindowTotals service = new WindowTotals(19, 19, 900_000_000, 0, 0);

		assertThat(GuardRules.breach(GUARDS, WindowTotals.EMPTY, service)).isEmpty();
	}

	@Test
	void aSlowServiceBreachesOnlyWhenBothSidesHaveEnoughSamples() {
		WindowTotals service = new WindowTotals(100, 0, 840_000_000, 0, 0);

		assertThat(GuardRules.breach(GUARDS, new WindowTotals(1000, 0, 200_000_000, 0, 0), service))
			.hasValue("service p99 latency 840 ms over 60s is 4.2x legacy's 200 ms, above the limit 2.0x");
		assertThat(GuardRules.breach(GUARDS, new WindowTotals(5, 0, 200_000_000, 0, 0), service)).isEmpty();
		assertThat(GuardRules.breach(GUARDS, new WindowTotals(1000, 0, 420_000_000, 0, 0), service)).isEmpty();
	}

	@Test
	void shadowDiffsBreachOnceEnoughWereCompared() {
		assertThat(GuardRules.breach(GUARDS, WindowTotals.EMPTY, new WindowTotals(0, 0, 0, 200, 10)))
			.hasValue("shadow diff rate 0.050 over 60s exceeds 0.001 (10 of 200 compared responses differed)");
		assertThat(GuardRules.breach(GUARDS, WindowTotals.EMPTY, new WindowTotals(0, 0, 0, 10, 10))).isEmpty();
	}

}
