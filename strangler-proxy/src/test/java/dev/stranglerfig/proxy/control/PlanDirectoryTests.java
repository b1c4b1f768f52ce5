package dev.stranglerfig.proxy.control;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.proxy.ProxyProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanDirectoryTests {

	private static final String PLAN = """
			context: users
			service: { name: users-service, url: http://localhost:8101 }
			endpoints:
			  - GET /api/users/{id}
			phase: shadow
			""";

	@Test
	void anEnvironmentsServiceAddressReplacesThePlansOwn(@TempDir Path plans) throws Exception {
		Files.writeString(plans.resolve("users.yaml"), PLAN);

		PlanDirectory directory = new PlanDirectory(properties(plans, Map.of("users", URI.create("http://users.internal:9000"))));

		assertThat(directory.load().plan("users").orElseThrow().service().url())
			.isEqualTo(URI.create("http://users.internal:9000"));
		assertThat(directory.parse("users.yaml", PLAN).service().url())
			.as("a dry run sees the routes this environment would get")
			.isEqualTo(URI.create("http://users.internal:9000"));
	}

	@Test
	void anAddressForAContextNoPlanHasIsRejectedWithItsName(@TempDir Path plans) throws IOException {
		Files.writeString(plans.resolve("users.yaml"), PLAN);

		PlanDirectory directory = new PlanDirectory(properties(plans, Map.of("user", URI.create("http://users.internal:9000"))));

		assertThatThrownBy(directory::load).isInstanceOf(InvalidPlanException.class)
			.hasMessageContaining("strangler.proxy.service-urls.user")
			.hasMessageContaining("names no plan");
	}

	@Test
	void aDryRunMeetsTheChecksAcrossPlansAReloadWould(@TempDir Path plans) throws IOException {
		Files.writeString(plans.resolve("users.yaml"), PLAN);
		PlanDirectory directory = new PlanDirectory(properties(plans, Map.of()));

		assertThatThrownBy(() -> directory.parse("request body", PLAN.replace("users", "profiles")
			.replace("GET /api/profiles/{id}", "GET /api/users/me"))).isInstanceOf(InvalidPlanException.class)
			.hasMessageContaining("GET /api/users/me overlaps GET /api/users/{id} of users.yaml:4");
	}

	private static ProxyProperties properties(Path plans, Map<String, URI> serviceUrls) {
		return new ProxyProperties(URI.create("http://localhost:8090"), plans, 9080, "token", "X-Strangler-Side",
				"strangler_side", Duration.ofSeconds(1), Duration.ofSeconds(10), 262144, Duration.ofSeconds(5),
				Duration.ofMillis(500), 5, Duration.ofSeconds(30), serviceUrls, "",
				new ProxyProperties.Handover(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(3)));
	}

}
