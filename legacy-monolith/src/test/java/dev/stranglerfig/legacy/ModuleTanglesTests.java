package dev.stranglerfig.legacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monolith's tangles, as Spring Modulith sees them (a domain package is a module). These cycles are what
 * the migration has to cut. The list is pinned: a change that adds a tangle fails here, because a monolith
 * that gets worse while it is being migrated makes every later step harder.
 */
class ModuleTanglesTests {

	@Test
	void theKnownCyclesAndNoOthers() {
		List<String> cycles = ApplicationModules.of(LegacyShopApplication.class)
			.detectViolations()
			.getMessages()
			.stream()
			.map(ModuleTanglesTests::cycleOf)
			.toList();

		assertThat(cycles).containsExactlyInAnyOrder(
				"catalog -> reviews -> catalog",
				"notifications -> users -> notifications",
				"orders -> payments -> orders",
				"orders -> shipping -> orders");
	}

	/** "Cycle detected: Slice a -> Slice b -> Slice a 1. Dependencies of a ..." becomes "a -> b -> a". */
	private static String cycleOf(String violation) {
		String cycle = violation.split("1\\. Dependencies", 2)[0];
		return cycle.replace("Cycle detected:", "").replace("Slice ", "").replaceAll("\\s+", " ").strip();
	}

}
