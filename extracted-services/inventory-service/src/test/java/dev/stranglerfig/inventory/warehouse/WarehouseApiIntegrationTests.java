package dev.stranglerfig.inventory.warehouse;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.inventory.InventoryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarehouseApiIntegrationTests extends InventoryServiceIntegrationTest {

	@Test
	void aCreatedWarehouseIsListedByCodeAndFoundByItsCode() {
		String code = unique("Z");

		this.http.post()
			.uri("/api/warehouses")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("code", code, "name", "Zeta", "city", "York", "country", "GB"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/warehouses/" + code);

		assertThat(get("/api/warehouses/" + code, 200)).containsEntry("code", code)
			.containsEntry("name", "Zeta")
			.containsEntry("city", "York")
			.containsEntry("country", "GB")
			.containsKey("id")
			.doesNotContainKeys("createdAt", "updatedAt");
		List<String> codes = list("/api/warehouses").stream().map(w -> (String) w.get("code")).toList();
		assertThat(codes).contains(code).isSorted();
	}

	@Test
	void aDuplicateCodeIsAConflict() {
		String code = warehouse();

		Map<String, Object> problem = post("/api/warehouses",
				Map.of("code", code, "name", "Again", "city", "York", "country", "GB"), 409);

		assertThat(problem).containsEntry("type", "/problems/duplicate-warehouse")
			.containsEntry("detail", "A warehouse with code " + code + " exists");
	}

	@Test
	void badInputNamesEveryInvalidField() {
		Map<String, Object> problem = post("/api/warehouses",
				Map.of("code", "X".repeat(17), "name", " ", "country", "gb"), 400);

		assertThat(problem).containsEntry("type", "/problems/validation");
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactly("city", "code", "country", "name");
		this.http.post()
			.uri("/api/warehouses")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{not json")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void anUnknownCodeIsNotFound() {
		assertThat(get("/api/warehouses/NOPE", 404)).containsEntry("type", "/problems/not-found")
			.containsEntry("detail", "Warehouse NOPE does not exist");
	}

}
