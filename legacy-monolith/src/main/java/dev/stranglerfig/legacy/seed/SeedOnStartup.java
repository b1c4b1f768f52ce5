package dev.stranglerfig.legacy.seed;


import javax.sql.DataSource;

import dev.stranglerfig.legacy.users.PasswordHasher;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database before the shop reports ready (runners finish before the readiness state
 * turns to ACCEPTING_TRAFFIC), so the sandbox never serves half-seeded data.
 */
@Component
@ConditionalOnBooleanProperty(SeedProperties.PREFIX + ".enabled")
class SeedOnStartup implements ApplicationRunner {

	private final ShopSeeder seeder;

	private final SeedProperties properties;

	private final ConfigurableApplicationContext context;

	SeedOnStartup(DataSource dataSource, SeedProperties properties, PasswordHasher passwordHasher,
			ConfigurableApplicationContext context) {
		this.seeder = new ShopSeeder(dataSource, properties, passwordHasher.hash(ShopSeeder.PASSWORD));
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		this.seeder.seedIfEmpty();
		if (this.properties.exitWhenDone()) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
