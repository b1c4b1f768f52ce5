package dev.stranglerfig.users;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The features stay apart: addresses use accounts only through AccountService, nothing depends on addresses. */
class ApplicationModulesTests {

	private final ApplicationModules modules = ApplicationModules.of(UsersServiceApplication.class);

	@Test
	void featuresOnlyUseEachOthersPublicTypes() {
		this.modules.verify();
	}

	@Test
	void hasOneModulePerFeature() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("account", "address", "outbox", "web");
	}

}
