package dev.stranglerfig.proxy;

import dev.stranglerfig.proxy.control.PlanSource;
import dev.stranglerfig.testsupport.postgres.PostgresServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** Starts the real proxy application on free ports against a test database, with plans from code. */
public final class ProxyApps {

	public static final String TOKEN = "test-admin-token";

	private ProxyApps() {
	}

	public static ConfigurableApplicationContext start(PostgresServer.Database database, PlanSource plans) {
		return new SpringApplicationBuilder(StranglerProxyApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("testPlanSource",
					PlanSource.class, () -> plans, definition -> definition.setPrimary(true)))
			// As command line arguments: they win over application.yml, unlike default properties.
			.run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
					"--spring.datasource.password=" + database.password(), "--server.port=0",
					"--strangler.proxy.admin-port=0", "--strangler.proxy.admin-token=" + TOKEN,
					"--strangler.proxy.legacy-url=http://127.0.0.1:1", "--strangler.proxy.guard-interval=100ms");
	}

}
