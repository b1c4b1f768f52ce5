package dev.stranglerfig.plans;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PlanLoaderTests {

	@Test
	void loadsTheShippedPlans() throws InvalidPlanException {
		PlanSet plans = PlanLoader.loadDirectory(Path.of("plans"));

		assertThat(plans.plans()).extracting(Plan::context).containsExactly("catalog", "inventory", "users");
		assertThat(plans.plans()).extracting(Plan::phase).containsOnly(Phase.LEGACY);
	}

	@Test
	void readsEveryPartOfTheUsersPlan() throws InvalidPlanException {
		Plan users = PlanLoader.loadDirectory(Path.of("plans")).plan("users").orElseThrow();

		assertThat(users.source()).isEqualTo("users.yaml");
		assertThat(users.service()).isEqualTo(new ServiceTarget("users-service", URI.create("http://localhost:8101")));
		assertThat(users.endpoints()).extracting(Endpoint::id)
			.containsExactly("GET /api/users", "POST /api/users", "GET /api/users/{id}", "PUT /api/users/{id}",
					"PUT /api/users/{id}/status", "GET /api/users/{id}/addresses", "POST /api/users/{id}/addresses",
					"DELETE /api/users/{id}/addresses/{addressId}");
		assertThat(users.canary()).isEqualTo(new Canary(0, List.of(new CohortSource(CohortSource.Kind.HEADER, "X-User-Id"),
				new CohortSource(CohortSource.Kind.COOKIE, "SESSION"))));
		assertThat(users.shadow()).isEqualTo(new Shadow(List.of("$.createdAt", "$.updatedAt", "$.content[*].createdAt",
				"$.content[*].updatedAt"), List.of("Date"), 1.0, false));
		assertThat(users.guards()).isEqualTo(Guards.DEFAULT);
		assertThat(users.tables()).extracting(TableMapping::legacy)
			.containsExactly("public.app_user", "public.address", "public.user_role");
		assertThat(users.tables().get(0).columns()).contains(entry("full_name", "display_name"))
			.doesNotContainKey("password_hash");
		assertThat(users.tables().get(2).key()).containsExactly("user_id", "role_id");
		// Accounts the service creates once it owns the data need a legacy password_hash (NOT NULL, no default).
		assertThat(users.tables().get(0).onInsert().legacy()).containsExactly(entry("password_hash", "!disabled"));
		assertThat(users.tables().get(1).onInsert()).isEqualTo(InsertValues.NONE);
	}

	@Test
	void readsTheCatalogPlan() throws InvalidPlanException {
		Plan catalog = PlanLoader.loadDirectory(Path.of("plans")).plan("catalog").orElseThrow();

		assertThat(catalog.service().url()).isEqualTo(URI.create("http://localhost:8102"));
		assertThat(catalog.endpoints()).hasSize(7);
		assertThat(catalog.tables()).extracting(TableMapping::service).containsExactly("catalog.category", "catalog.product");
		assertThat(catalog.tables().get(1).columns()).contains(entry("price", "price_minor"));
		assertThat(catalog.tables().get(1).transform("price")).contains(ColumnTransform.MINOR_UNITS);
		assertThat(catalog.tables().get(1).transform("name")).isEmpty();
	}

	@Test
	void defaultsWhatIsLeftOut() throws InvalidPlanException {
		Plan plan = PlanLoader.parse("users.yaml", """
				context: users
				service: { name: users-service, url: https://users.internal }
				endpoints: [GET /api/users]
				phase: shadow
				""");

		assertThat(plan.canary()).isEqualTo(Canary.NONE);
		assertThat(plan.shadow()).isEqualTo(Shadow.DEFAULT);
		assertThat(plan.guards()).isEqualTo(Guards.DEFAULT);
		assertThat(plan.readYourWrites()).isEqualTo(Duration.ofSeconds(2));
		assertThat(plan.tables()).isEmpty();
		assertThat(plan.phase()).isEqualTo(Phase.SHADOW);
	}

	@Test
	void readsEndpointPhaseOverridesGuardsAndDurations() throws InvalidPlanException {
		Plan plan = PlanLoader.parse("users.yaml", """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - GET /api/users/{id}
				  - { method: PUT, path: "/api/users/{id}", phase: reads }
				  - method: DELETE
				    path: /api/users/{id}
				    phase: legacy
				phase: canary
				canary: { percent: 25, cohort: "cookie:SESSION" }
				shadow: { sample: 0.5, allowWrites: true, recheckAfter: 250ms }
				guards: { maxErrorRateDelta: 0.05, window: 5s, minRequests: 5, minErrors: 2 }
				readYourWrites: 5s
				""");

		assertThat(plan.endpoints()).containsExactly(new Endpoint("GET", "/api/users/{id}", null),
				new Endpoint("PUT", "/api/users/{id}", Phase.READS), new Endpoint("DELETE", "/api/users/{id}", Phase.LEGACY));
		assertThat(plan.canary().percent()).isEqualTo(25);
		assertThat(plan.shadow()).isEqualTo(new Shadow(List.of(), List.of(), 0.5, true, Duration.ofMillis(250)));
		assertThat(plan.guards()).isEqualTo(new Guards(0.05, 2.0, 0.001, Duration.ofSeconds(5), 5, 2, null));
		assertThat(plan.readYourWrites()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void readsDurationsInMinutesAndHours() throws InvalidPlanException {
		String base = """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints: [GET /api/users]
				phase: legacy
				""";

		assertThat(PlanLoader.parse("users.yaml", base + "guards: { window: 2m }").guards().window())
			.isEqualTo(Duration.ofMinutes(2));
		assertThat(PlanLoader.parse("users.yaml", base + "guards: { window: 1h }").guards().window())
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void readsTheBridgeLagLimitOnlyWhenThePlanSetsOne() throws InvalidPlanException {
		String base = """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints: [GET /api/users]
				phase: legacy
				""";

		assertThat(PlanLoader.parse("users.yaml", base + "guards: { maxBridgeLag: 5s }").guards().bridgeLagLimit())
			.contains(Duration.ofSeconds(5));
		assertThat(PlanLoader.parse("users.yaml", base + "guards: { window: 2m }").guards().bridgeLagLimit()).isEmpty();
		assertThat(PlanLoader.parse("users.yaml", base).guards().bridgeLagLimit()).isEmpty();
	}

}
