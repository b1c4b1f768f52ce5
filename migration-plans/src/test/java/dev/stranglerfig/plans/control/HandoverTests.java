package dev.stranglerfig.plans.control;

import dev.stranglerfig.plans.Phase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HandoverTests {

	@Test
	void onlyMovesBetweenLegacyAndServiceOwnershipCrossTheLine() {
		assertThat(Handover.crossesOwnership(Phase.READS, Phase.WRITES)).isTrue();
		assertThat(Handover.crossesOwnership(Phase.WRITES, Phase.READS)).isTrue();
		assertThat(Handover.crossesOwnership(Phase.CANARY, Phase.READS)).isFalse();
		assertThat(Handover.crossesOwnership(Phase.WRITES, Phase.RETIRED)).isFalse();
		assertThat(Handover.crossesOwnership(Phase.RETIRED, Phase.WRITES)).isFalse();
	}

	@Test
	void writesAreHeldOnlyWhileAHandoverIsOpen() {
		assertThat(HandoverState.REQUESTED.open()).isTrue();
		assertThat(HandoverState.HELD.open()).isTrue();
		assertThat(HandoverState.FLIPPED.open()).isFalse();
		assertThat(HandoverState.ABORTED.open()).isFalse();
	}

	@Test
	void statesReadBackFromTheirStoredNames() {
		for (HandoverState state : HandoverState.values()) {
			assertThat(HandoverState.of(state.value())).isEqualTo(state);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> HandoverState.of("pending"))
			.withMessage("'pending' is not a handover state");
	}

}
