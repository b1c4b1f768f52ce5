package dev.stranglerfig.proxy.traffic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestOutcomeTests {

	@Test
	void aShopperGivingUpBeforeAnyAnswerIsNoServerError() {
		assertThat(outcome(0, true).serverError()).isFalse();
		assertThat(outcome(200, true).serverError()).isFalse();
	}

	@Test
	void aServerErrorStaysOneWhenTheShopperGaveUpOnItsBody() {
		assertThat(outcome(503, true).serverError()).isTrue();
		assertThat(outcome(503, false).serverError()).isTrue();
	}

	@Test
	void anUnreachableSideIsAServerError() {
		assertThat(outcome(0, false).serverError()).isTrue();
	}

	private static RequestOutcome outcome(int status, boolean cancelled) {
		return new RequestOutcome("users", "GET /api/users/{id}", Side.SERVICE, status, 1_000_000, false, cancelled);
	}

}
