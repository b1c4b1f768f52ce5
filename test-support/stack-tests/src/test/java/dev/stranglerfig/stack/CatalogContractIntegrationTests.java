package dev.stranglerfig.stack;

import java.nio.file.Path;
import java.util.List;

import dev.stranglerfig.plans.JsonDiff;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog contract: legacy-monolith and catalog-service, each a process from its jar on a fresh database,
 * receive the same sequence of requests (writes included, so both hold the same rows under the same ids) and must
 * answer the same status, content type and JSON, ignoring only the plan's {@code shadow.ignore} paths, compared
 * by the proxy's own shadow comparison ({@link JsonDiff}: {@code 19.9} and {@code 19.90} are one price). Stock and
 * ratings are written to legacy only: the service must show them by asking legacy.
 */
class CatalogContractIntegrationTests {

	private static Plan plan;

	private static ContractSide legacy;

	private static ContractSide service;

	private ContractComparison contract;

	@BeforeAll
	static void startBoth(@TempDir Path logs) throws Exception {
		plan = PlanLoader.loadDirectory(Path.of("../../migration-plans/plans")).plan("catalog").orElseThrow();
		legacy = ContractSide.start("legacy-monolith", "legacy-monolith/target/legacy-monolith.jar",
				TestPostgres.newDatabase("contract_shop"), logs, "--legacy.seed.enabled=false");
		service = ContractSide.start("catalog-service", "extracted-services/catalog-service/target/catalog-service.jar",
				TestPostgres.newDatabase("contract_catalog"), logs, "--catalog.legacy.base-url=" + legacy.uri(""),
				"--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
	}

	@AfterAll
	static void stopBoth() throws InterruptedException {
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
	void bothSidesAnswerTheSameSequenceOfRequestsAlike() throws Exception {
		categories();
		products();
		stockAndRatingsInLegacy();
		reads();
		searches();

		this.contract.assertAlike();
	}

	@Test
	void everyEndpointThePlanClaimsIsInLegacysServedOpenApiDocument() throws Exception {
		this.contract.assertPlanEndpointsAreInLegacysOpenApi();
	}

	private void categories() throws Exception {
		both("POST /api/categories", "/api/categories", "{\"name\":\"Kitchen\",\"slug\":\"kitchen\"}");
		both("POST /api/categories", "/api/categories", "{\"name\":\"Kettles\",\"slug\":\"kettles\",\"parentId\":1}");
		both("POST /api/categories", "/api/categories", "{\"name\":\"Garden\",\"slug\":\"garden\"}");
		both("POST /api/categories", "/api/categories", "{\"name\":\"Again\",\"slug\":\"kitchen\"}");
		both("POST /api/categories", "/api/categories", "{\"name\":\"Orphan\",\"slug\":\"orphan\",\"parentId\":999}");
		both("POST /api/categories", "/api/categories", "{\"name\":\"Bad\",\"slug\":\"Not A Slug\"}");
		both("POST /api/categories", "/api/categories", "{\"slug\":\"nameless\"}");
		both("POST /api/categories", "/api/categories", "{not json");
		both("GET /api/categories", "/api/categories", null);
		both("GET /api/categories/{id}", "/api/categories/2", null);
		both("GET /api/categories/{id}", "/api/categories/999", null);
		both("GET /api/categories/{id}", "/api/categories/abc", null);
	}

	private void products() throws Exception {
		String[] prices = { "19.9", "5", "0.05", "\"12.50\"", "100.00", "7.25" };
		for (int i = 1; i <= 24; i++) {
			String category = (i % 3 == 0) ? "null" : String.valueOf(1 + i % 2);
			String description = (i % 4 == 0) ? "null" : "\"A fine kettle, model " + i + "\"";
			String currency = (i % 5 == 0) ? ",\"currency\":\"GBP\"" : "";
			both("POST /api/products", "/api/products",
					"{\"sku\":\"SKU-%02d\",\"name\":\"%s %d\",\"description\":%s,\"price\":%s,\"categoryId\":%s%s}"
						.formatted(i, (i % 2 == 0) ? "Kettle" : "Teapot_100%", i, description, prices[i % prices.length],
								category, currency));
		}
		both("POST /api/products", "/api/products", "{\"sku\":\"SKU-01\",\"name\":\"Copy\",\"price\":1}");
		both("POST /api/products", "/api/products", "{\"sku\":\"SKU-X1\",\"name\":\"Lost\",\"price\":1,\"categoryId\":999}");
		both("POST /api/products", "/api/products", "{\"sku\":\"SKU-X2\",\"name\":\"Bad\",\"price\":1.234}");
		both("POST /api/products", "/api/products", "{\"sku\":\"SKU-X3\",\"name\":\"Bad\",\"price\":1,\"currency\":\"eur\"}");
		both("POST /api/products", "/api/products", "{\"sku\":\"SKU-X4\",\"name\":\"Free\",\"price\":-1}");
		both("POST /api/products", "/api/products", "{\"name\":\"No SKU\",\"price\":1}");
		both("PUT /api/products/{id}", "/api/products/3",
				"{\"name\":\"Kettle 3 deluxe\",\"description\":null,\"price\":24.5,\"categoryId\":2,\"active\":true}");
		both("PUT /api/products/{id}", "/api/products/4",
				"{\"name\":\"Kettle 4\",\"price\":\"5.00\",\"categoryId\":null,\"active\":false}");
		both("PUT /api/products/{id}", "/api/products/999", "{\"name\":\"Ghost\",\"price\":1,\"active\":true}");
		both("PUT /api/products/{id}", "/api/products/5", "{\"name\":\"Lost\",\"price\":1,\"categoryId\":999,\"active\":true}");
		both("PUT /api/products/{id}", "/api/products/5", "{\"name\":\"No active flag\",\"price\":1}");
	}

	/** Inventory and reviews stay in legacy; the service has to fetch these figures from there. */
	private void stockAndRatingsInLegacy() throws Exception {
		legacyOnly("POST", "/api/warehouses", "{\"code\":\"NORTH\",\"name\":\"North\",\"city\":\"Leeds\",\"country\":\"GB\"}");
		legacyOnly("POST", "/api/warehouses", "{\"code\":\"SOUTH\",\"name\":\"South\",\"city\":\"Bristol\",\"country\":\"GB\"}");
		for (int product : new int[] { 2, 3, 7, 8, 11, 20, 21 }) {
			legacyOnly("PUT", "/api/inventory/products/" + product + "/warehouses/NORTH",
					"{\"quantityOnHand\":" + product + "}");
		}
		legacyOnly("PUT", "/api/inventory/products/8/warehouses/SOUTH", "{\"quantityOnHand\":5}");
		legacyOnly("PUT", "/api/inventory/products/11/warehouses/NORTH", "{\"quantityOnHand\":0}");
		for (int user = 1; user <= 3; user++) {
			legacyOnly("POST", "/api/users", "{\"email\":\"shopper%d@example.com\",\"password\":\"correct horse\",\"fullName\":\"Shopper %d\"}"
				.formatted(user, user));
			legacyOnly("POST", "/api/products/2/reviews", "{\"userId\":%d,\"rating\":%d,\"title\":\"Fine\"}".formatted(user, 2 + user));
		}
		legacyOnly("POST", "/api/products/7/reviews", "{\"userId\":1,\"rating\":4,\"title\":\"Good\"}");
	}

	private void reads() throws Exception {
		for (int id : new int[] { 1, 2, 3, 4, 7, 8, 11, 24 }) {
			both("GET /api/products/{id}", "/api/products/" + id, null);
		}
		both("GET /api/products/{id}", "/api/products/999", null);
		both("GET /api/products/{id}", "/api/products/abc", null);
	}

	private void searches() throws Exception {
		for (String query : List.of("", "?page=1", "?size=10", "?size=10&page=2", "?size=10&page=3", "?size=100",
				"?query=kettle", "?query=KETTLE%202", "?query=100%25", "?query=teapot_", "?query=fine&size=3&page=1",
				"?category=kitchen", "?category=kettles&size=2", "?category=nothing", "?inStock=true",
				"?inStock=true&size=2&page=1", "?inStock=true&query=kettle", "?inStock=true&category=kitchen",
				"?inStock=false&size=5", "?size=0", "?size=101", "?page=-1", "?page=abc", "?page=21474837&size=100",
				"?inStock=maybe", "?query=" + "x".repeat(201))) {
			both("GET /api/products", "/api/products" + query, null);
		}
	}

	/** Sends the request of {@code endpoint} ("GET /api/products/{id}") to both sides. */
	private void both(String endpoint, String path, String body) throws Exception {
		this.contract.call(endpoint, endpoint.substring(0, endpoint.indexOf(' ')), path, body);
	}

	private void legacyOnly(String method, String path, String body) throws Exception {
		this.contract.legacyOnly(method, path, body);
	}

}
