package dev.stranglerfig.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's features stay apart: no cycles, and no feature reaches into another's internals. */
class CatalogModulesTests {

	@Test
	void featuresDependOnEachOthersApiOnlyAndWithoutCycles() {
		ApplicationModules modules = ApplicationModules.of(CatalogServiceApplication.class);

		modules.verify();
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("category", "legacy", "outbox", "product", "web");
	}

}
