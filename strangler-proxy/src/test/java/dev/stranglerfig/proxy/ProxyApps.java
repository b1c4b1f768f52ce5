package dev.stranglerfig.proxy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.proxy.control.PlanSource;
import dev.stranglerfig.testsupport.postgres.PostgresServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** Starts the real proxy application on free ports against a test database. */
public final class ProxyApps {

	public static final String TOKEN = "test-admin-token";

	private ProxyApps() {
	}

	/** With plans from code and no legacy behind it. */
	public static ConfigurableApplicationContext start(PostgresServer.Database database, PlanSource plans) {
		return new SpringApplicationBuilder(StranglerProxyApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("testPlanSource",
					PlanSource.class, () -> plans, definition -> definition.setPrimary(true)))
			.run(arguments(database, URI.create("http://127.0.0.1:1")));
	}

	/**
	 * As in production: the plan files of {@code plansDir}, in front of {@code legacy}.
	 * @param more further arguments, e.g. {@code --strangler.proxy.service-response-timeout=2s}
	 */
	public static ConfigurableApplicationContext start(PostgresServer.Database database, Path plansDir, URI legacy,
			String... more) {
		List<String> arguments = new ArrayList<>(List.of(arguments(database, legacy, "--strangler.proxy.plans-dir=" + plansDir)));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(StranglerProxyApplication.class).run(arguments.toArray(String[]::new));
	}

	/** The shopper port bound (configured as 0, any free port). */
	public static int port(ConfigurableApplicationContext app) {
		return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** The actuator's port bound (configured as 0, any free port). */
	public static int managementPort(ConfigurableApplicationContext app) {
		return app.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
	}

	// As command line arguments: they win over application.yml, unlike default properties.
	private static String[] arguments(PostgresServer.Database database, URI legacy, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--server.port=0", "--management.server.port=0", "--strangler.proxy.admin-port=0", "--strangler.proxy.admin-token=" + TOKEN,
				"--strangler.proxy.legacy-url=" + legacy, "--strangler.proxy.guard-interval=100ms"));
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

}
