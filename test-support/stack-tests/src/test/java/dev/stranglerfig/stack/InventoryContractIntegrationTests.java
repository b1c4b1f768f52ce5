package dev.stranglerfig.stack;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * inventory-service serves the monolith's inventory contract: legacy and the service, each on a fresh database,
 * get the same back-office requests (warehouses, stock) and must answer alike, ignoring only the plan's
 * {@code shadow.ignore} paths. Orders exist only in legacy: there the checkout, a cancellation and a dispatch
 * reserve, release and ship stock in-process, while the service is given the same orders through its order API
 * (reserve, release, commit), as the monolith would call it with {@code legacy.inventory.remote=true}. Both must
 * then show the same reservations (same ids, same warehouse split) and the same stock. Products live in legacy's
 * catalog, which the service asks.
 */
class InventoryContractIntegrationTests {

	private static Plan plan;

	private static ContractSide legacy;

	private static ContractSide service;

	private ContractComparison contract;

	@BeforeAll
	static void start(@TempDir Path logs) throws Exception {
		plan = PlanLoader.loadDirectory(Path.of("../../migration-plans/plans")).plan("inventory").orElseThrow();
		legacy = ContractSide.start("legacy-monolith", "legacy-monolith/target/legacy-monolith.jar",
				TestPostgres.newDatabase("contract_legacy"), logs, "--legacy.seed.enabled=false");
		service = ContractSide.start("inventory-service",
				"extracted-services/inventory-service/target/inventory-service.jar",
				TestPostgres.newDatabase("contract_inventory"), logs,
				"--inventory.catalog.base-url=" + legacy.uri(""),
				"--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (service != null) {
			service.close();
		}
		if (legacy != null) {
			legacy.close();
		}
	}

	@BeforeEach
	void compare() {
		this.contract = new ContractComparison(plan, legacy, service);
	}

	@Test
	void theServiceAnswersEveryRequestAsTheMonolithDoes() throws Exception {
		String warehouses = "GET /api/warehouses";
		String createWarehouse = "POST /api/warehouses";
		String warehouse = "GET /api/warehouses/{code}";
		String stock = "GET /api/inventory/products/{productId}";
		String setStock = "PUT /api/inventory/products/{productId}/warehouses/{code}";
		String reservations = "GET /api/inventory/reservations";
		String availability = "GET /api/inventory/availability";
		String inStock = "GET /api/inventory/in-stock-products";

		for (int product = 1; product <= 6; product++) {
			legacyOnly("POST", "/api/products", "{\"sku\":\"SKU-%d\",\"name\":\"Kettle %d\",\"price\":%d.50}"
				.formatted(product, product, product));
		}

		this.contract.call(warehouses, "GET", "/api/warehouses", null);
		this.contract.call(createWarehouse, "POST", "/api/warehouses", """
				{"code": "NORTH", "name": "North", "city": "Leeds", "country": "GB"}""");
		this.contract.call(createWarehouse, "POST", "/api/warehouses", """
				{"code": "SOUTH", "name": "South", "city": "Bristol", "country": "GB"}""");
		this.contract.call(createWarehouse, "POST", "/api/warehouses", """
				{"code": "EAST", "name": "East", "city": "Norwich", "country": "GB"}""");
		this.contract.call(createWarehouse, "POST", "/api/warehouses", """
				{"code": "NORTH", "name": "North again", "city": "York", "country": "GB"}""");
		this.contract.call(createWarehouse, "POST", "/api/warehouses", """
				{"code": "TOO-LONG-A-CODE-X", "name": " ", "country": "gb"}""");
		this.contract.call(createWarehouse, "POST", "/api/warehouses", "{\"code\": ");
		this.contract.call(warehouses, "GET", "/api/warehouses", null);
		this.contract.call(warehouse, "GET", "/api/warehouses/SOUTH", null);
		this.contract.call(warehouse, "GET", "/api/warehouses/NOPE", null);

		this.contract.call(stock, "GET", "/api/inventory/products/1", null);
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/NORTH", "{\"quantityOnHand\": 5}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/SOUTH", "{\"quantityOnHand\": 4}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/2/warehouses/NORTH", "{\"quantityOnHand\": 3}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/3/warehouses/EAST", "{\"quantityOnHand\": 2}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/3/warehouses/NORTH", "{\"quantityOnHand\": 2}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/4/warehouses/SOUTH", "{\"quantityOnHand\": 0}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/5/warehouses/NORTH", "{\"quantityOnHand\": 1}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/5/warehouses/NORTH", "{\"quantityOnHand\": 0}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/999/warehouses/NORTH", "{\"quantityOnHand\": 1}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/999/warehouses/NOPE", "{\"quantityOnHand\": 1}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/NOPE", "{\"quantityOnHand\": 1}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/NORTH", "{\"quantityOnHand\": -1}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/NORTH", "{}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/abc/warehouses/NORTH", "{\"quantityOnHand\": 1}");

		ordersPlacedInLegacyAndReservedAtTheService();
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/SOUTH", "{\"quantityOnHand\": 1}");
		this.contract.call(setStock, "PUT", "/api/inventory/products/1/warehouses/SOUTH", "{\"quantityOnHand\": 2}");

		for (String product : List.of("1", "2", "3", "4", "5", "6", "999", "abc")) {
			this.contract.call(stock, "GET", "/api/inventory/products/" + product, null);
		}
		for (String orderId : List.of("1", "2", "3", "999", "abc")) {
			this.contract.call(reservations, "GET", "/api/inventory/reservations?orderId=" + orderId, null);
		}
		this.contract.call(reservations, "GET", "/api/inventory/reservations", null);
		String hundredAndOne = IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).collect(Collectors.joining(","));
		for (String query : List.of("?productIds=1,2,3,4,5,6,999", "?productIds=3,1,3", "?productIds=6",
				"?productIds=1&productIds=2", "?productIds=", "", "?productIds=a", "?productIds=" + hundredAndOne)) {
			this.contract.call(availability, "GET", "/api/inventory/availability" + query, null);
		}
		this.contract.call(inStock, "GET", "/api/inventory/in-stock-products", null);

		this.contract.assertAlike();
	}

	@Test
	void everyEndpointOfThePlanIsAnOperationOfTheMonolithsServedOpenApi() throws Exception {
		this.contract.assertPlanEndpointsAreInLegacysOpenApi();
	}

	/**
	 * Order 1 splits product 1 over two warehouses (lines out of product order), order 2 is cancelled, order 3
	 * ships: in legacy through the checkout, the cancellation and the carrier's webhook; at the service through the
	 * order API, with the same order ids. The service's reserve is sent twice: a retry must not reserve twice.
	 */
	private void ordersPlacedInLegacyAndReservedAtTheService() throws Exception {
		long user = id(legacyOnly("POST", "/api/users", """
				{"email": "ada@example.com", "password": "s3cret-pass", "fullName": "Ada Lovelace"}"""));
		long address = id(legacyOnly("POST", "/api/users/" + user + "/addresses", """
				{"label": "Home", "line1": "1 Market Street", "city": "London", "postalCode": "EC1A 1AA",
				 "country": "GB", "isDefault": true}"""));
		String[] lines = { "[{\"productId\": 2, \"quantity\": 1}, {\"productId\": 1, \"quantity\": 7}]",
				"[{\"productId\": 1, \"quantity\": 2}]", "[{\"productId\": 3, \"quantity\": 3}]" };
		for (int order = 1; order <= 3; order++) {
			long orderId = id(legacyOnly("POST", "/api/orders", """
					{"userId": %d, "shippingAddressId": %d, "cardToken": "tok_visa_4242", "lines": %s}"""
				.formatted(user, address, lines[order - 1])));
			assertThat(orderId).isEqualTo(order);
			String reservation = "{\"lines\": " + lines[order - 1].replaceAll("\"productId\": (\\d)",
					"\"productId\": $1, \"sku\": \"SKU-$1\"") + "}";
			serviceOnly("PUT", "/api/inventory/orders/" + orderId + "/reservation", reservation, 201);
			serviceOnly("PUT", "/api/inventory/orders/" + orderId + "/reservation", reservation, 200);
		}
		legacyOnly("POST", "/api/orders/2/cancel", "{\"reason\": \"changed my mind\"}");
		serviceOnly("POST", "/api/inventory/orders/2/reservation/release", null, 200);
		long shipment = id(legacyOnly("GET", "/api/orders/3/shipment", null));
		legacyOnly("POST", "/api/shipments/" + shipment + "/events", "{\"status\": \"IN_TRANSIT\", \"location\": \"Leeds\"}");
		serviceOnly("POST", "/api/inventory/orders/3/reservation/commit", null, 200);
	}

	private JsonNode legacyOnly(String method, String path, String body) throws Exception {
		return this.contract.legacyOnly(method, path, body);
	}

	private void serviceOnly(String method, String path, String body, int expectedStatus) throws Exception {
		HttpResponse<String> response = this.contract.serviceOnly(method, path, body);
		assertThat(response.statusCode()).as(method + " " + path + " at the service: " + response.body())
			.isEqualTo(expectedStatus);
	}

	private static long id(JsonNode body) {
		return body.get("id").asLong();
	}

}
