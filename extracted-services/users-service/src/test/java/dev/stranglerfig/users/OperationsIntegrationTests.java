package dev.stranglerfig.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the platform sees: probes for the orchestrator and metrics for Prometheus. */
class OperationsIntegrationTests extends UsersServiceIntegrationTest {

	@Test
	void readinessFollowsTheDatabaseButNotKafka() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka")
			.doesNotExist();
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void exposesRequestMetricsForPrometheus() {
		this.api.get("/api/users?size=1", 200);

		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("http_server_requests_seconds_count")
				.contains("application=\"users-service\"")
				.contains("uri=\"/api/users\""));
	}

}
