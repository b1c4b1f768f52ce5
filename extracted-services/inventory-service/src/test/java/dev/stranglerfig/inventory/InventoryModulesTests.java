package dev.stranglerfig.inventory;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's features stay apart: no cycles, and no feature reaches into another's internals. */
class InventoryModulesTests {

	@Test
	void featuresDependOnEachOthersApiOnlyAndWithoutCycles() {
		ApplicationModules modules = ApplicationModules.of(InventoryServiceApplication.class);

		modules.verify();
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("catalog", "outbox", "reservation", "stock", "warehouse", "web");
	}

}
