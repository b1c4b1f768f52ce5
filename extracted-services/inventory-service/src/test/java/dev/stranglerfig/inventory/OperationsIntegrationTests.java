package dev.stranglerfig.inventory;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on: the probes, and the catalog circuit breaker among the Prometheus metrics. */
class OperationsIntegrationTests extends InventoryServiceIntegrationTest {

	@Test
	void readinessCoversTheDatabaseButNotKafkaOrTheCatalog() {
		assertThat(get("/actuator/health/liveness", 200)).containsEntry("status", "UP");
		Map<String, Object> readiness = get("/actuator/health/readiness", 200);
		assertThat(readiness).containsEntry("status", "UP");
		assertThat(((Map<?, ?>) readiness.get("components")).keySet()).map(String::valueOf)
			.containsExactlyInAnyOrder("db", "readinessState");
	}

	@Test
	void prometheusShowsTheCatalogCircuitBreaker() {
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("resilience4j_circuitbreaker_state{")
				.contains("name=\"catalog\"")
				.contains("application=\"inventory-service\""));
	}

}
