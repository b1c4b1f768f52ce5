package dev.stranglerfig.analyzer.metrics;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MoJoFMTests {

	private static final Map<String, String> TRUTH = Map.of("a", "B1", "b", "B1", "c", "B2", "d", "B2", "e", "B2");

	@Test
	void theSameDecompositionUnderOtherNamesScoresHundred() {
		Map<String, String> renamed = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
		assertThat(MoJoFM.of(renamed, TRUTH)).isCloseTo(100, within(1e-9));
	}

	@Test
	void oneMisplacedObjectCostsOneMoveOutOfThree() {
		// One move (c); max mno = n - g = 5 - 2 = 3.
		Map<String, String> suggestion = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
		assertThat(MoJoFM.of(suggestion, TRUTH)).isCloseTo(100 * (1 - 1.0 / 3), within(1e-9));
	}

	@Test
	void everythingInOneClusterCostsTheMovesOfTheSmallerGroup() {
		Map<String, String> oneCluster = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
		assertThat(MoJoFM.of(oneCluster, TRUTH)).isCloseTo(100 * (1 - 2.0 / 3), within(1e-9));
	}

	@Test
	void splittingAGroupCostsOneJoin() {
		Map<String, String> split = Map.of("a", "x", "b", "x", "c", "y", "d", "z", "e", "z");
		assertThat(MoJoFM.of(split, TRUTH)).isCloseTo(100 * (1 - 1.0 / 3), within(1e-9));
	}

}
