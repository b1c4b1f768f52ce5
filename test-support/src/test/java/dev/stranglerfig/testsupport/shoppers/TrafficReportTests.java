package dev.stranglerfig.testsupport.shoppers;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficReportTests {

	private static final List<String> PHASES = List.of("shadow", "canary 50%");

	@Test
	void aShopperServedByBothSidesForReadsInOnePhaseIsASwitch() {
		TrafficReport report = report(read("ada", 1, "users:service"), read("ada", 1, "users:legacy"));

		assertThat(report.sideSwitches()).singleElement()
			.asString()
			.startsWith("ada in 'canary 50%' (phase 1): users reads served by");
	}

	@Test
	void readsKeptOnLegacyAfterTheShoppersOwnWriteAreNotASwitchNorCountedInTheShare() {
		TrafficReport report = report(read("ada", 1, "users:service"), write("ada", 1, "users:legacy"),
				read("ada", 1, "users:legacy;own-write"), read("grace", 1, "users:legacy;own-write"),
				read("alan", 1, "users:legacy"));

		assertThat(report.sideSwitches()).isEmpty();
		assertThat(report.serviceShare("canary 50%", "users")).as("ada on the service, alan on legacy, grace unjudged")
			.isEqualTo(0.5);
		assertThat(report.summary()).contains("reads kept on legacy after the shopper's own write: 2");
	}

	@Test
	void theSideIsReadWithoutTheReason() {
		Visit held = read("ada", 1, "users:legacy;own-write");
		Visit fallback = read("ada", 1, "users:legacy;fallback");

		assertThat(held.context()).isEqualTo("users");
		assertThat(held.side()).isEqualTo("legacy");
		assertThat(held.heldAfterOwnWrite()).isTrue();
		assertThat(fallback.side()).isEqualTo("legacy");
		assertThat(fallback.heldAfterOwnWrite()).isFalse();
	}

	private static TrafficReport report(Visit... visits) {
		return new TrafficReport(PHASES, List.of(visits), List.of());
	}

	private static Visit read(String actor, int phase, String servedBy) {
		return new Visit(actor, phase, false, "GET", "GET /api/users/{id}", 200, true, servedBy, null, 1_000);
	}

	private static Visit write(String actor, int phase, String servedBy) {
		return new Visit(actor, phase, false, "PUT", "PUT /api/users/{id}", 200, true, servedBy, null, 1_000);
	}

}
