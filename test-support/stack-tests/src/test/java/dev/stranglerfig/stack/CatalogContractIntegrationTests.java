package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.JsonDiff;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog contract: legacy-monolith and catalog-service, each a process from its jar on a fresh database,
 * receive the same sequence of requests (writes included, so both hold the same rows under the same ids) and must
 * answer the same status, content type and JSON, ignoring only the plan's {@code shadow.ignore} paths, compared
 * by the proxy's own shadow comparison ({@link JsonDiff}: {@code 19.9} and {@code 19.90} are one price). Stock and
 * ratings are written to legacy only: the service must show them by asking legacy.
 */
class CatalogContractIntegrationTests {

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private static final JsonMapper json = JsonMapper.shared();

	private static final Path ROOT = Path.of("../..");

	private static final List<Process> processes = new ArrayList<>();

	private static Plan plan;

	private static String legacy;

	private static String service;

	/** Every difference found, so one run reports all of them. */
	private final List<String> differences = new ArrayList<>();

	/** The statuses the service answered per plan endpoint ("GET /api/products/{id}"). */
	private final Map<String, Set<Integer>> serviceStatuses = new HashMap<>();

	@BeforeAll
	static void startBoth(@TempDir Path logs) throws Exception {
		plan = PlanLoader.parse("catalog.yaml", Files.readString(ROOT.resolve("migration-plans/plans/catalog.yaml")));
		PostgresServer.Database shop = TestPostgres.newDatabase("contract_shop");
		PostgresServer.Database catalog = TestPostgres.newDatabase("contract_catalog");
		int legacyPort = freePort();
		int servicePort = freePort();
		legacy = "http://127.0.0.1:" + legacyPort;
		service = "http://127.0.0.1:" + servicePort;
		start(ROOT.resolve("legacy-monolith/target/legacy-monolith.jar"), shop, logs.resolve("legacy.log"),
				"--server.port=" + legacyPort, "--legacy.seed.enabled=false");
		start(ROOT.resolve("extracted-services/catalog-service/target/catalog-service.jar"), catalog,
				logs.resolve("catalog-service.log"), "--server.port=" + servicePort,
				"--catalog.legacy.base-url=" + legacy, "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
		for (String base : List.of(legacy, service)) {
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.until(() -> send(base, "GET", "/actuator/health/readiness", null).statusCode() == 200);
		}
	}

	@AfterAll
	static void stopBoth() throws InterruptedException {
		for (Process process : processes) {
			process.destroy();
		}
		for (Process process : processes) {
			process.waitFor();
		}
	}

	@Test
	void bothSidesAnswerTheSameSequenceOfRequestsAlike() throws Exception {
		categories();
		products();
		stockAndRatingsInLegacy();
		reads();
		searches();

		assertThat(this.differences).as("legacy and catalog-service answered differently").isEmpty();
		assertThat(plan.endpoints()).allSatisfy(endpoint -> assertThat(this.serviceStatuses.get(endpoint.id()))
			.as("catalog-service answered %s with a success", endpoint.id())
			.isNotNull()
			.anyMatch(status -> status / 100 == 2));
	}

	@Test
	void everyEndpointThePlanClaimsIsInLegacysServedOpenApiDocument() throws Exception {
		JsonNode paths = YAMLMapper.shared().readTree(send(legacy, "GET", "/openapi.yaml", null).body()).get("paths");

		assertThat(plan.endpoints()).isNotEmpty()
			.allSatisfy(endpoint -> assertThat(paths.path(endpoint.path()).has(endpoint.method().toLowerCase()))
				.as("%s is an operation of legacy's /openapi.yaml", endpoint.id())
				.isTrue());
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
				"?inStock=false&size=5", "?size=0", "?size=101", "?page=-1", "?page=abc", "?inStock=maybe",
				"?query=" + "x".repeat(201))) {
			both("GET /api/products", "/api/products" + query, null);
		}
	}

	/** Sends the request to both sides and records every way the answers differ. */
	private void both(String endpoint, String path, String body) throws Exception {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		HttpResponse<String> expected = send(legacy, method, path, body);
		HttpResponse<String> actual = send(service, method, path, body);
		this.serviceStatuses.computeIfAbsent(endpoint, key -> new LinkedHashSet<>()).add(actual.statusCode());
		String request = method + " " + path;
		if (expected.statusCode() != actual.statusCode()) {
			this.differences.add(request + ": status " + expected.statusCode() + " vs " + actual.statusCode() + " "
					+ actual.body());
			return;
		}
		String expectedType = expected.headers().firstValue("Content-Type").orElse("");
		String actualType = actual.headers().firstValue("Content-Type").orElse("");
		if (!expectedType.equals(actualType)) {
			this.differences.add(request + ": content type " + expectedType + " vs " + actualType);
		}
		if (!expected.headers().firstValue("Location").equals(actual.headers().firstValue("Location"))) {
			this.differences.add(request + ": Location " + expected.headers().firstValue("Location") + " vs "
					+ actual.headers().firstValue("Location"));
		}
		JsonNode legacyJson = json.readTree(expected.body());
		JsonNode serviceJson = json.readTree(actual.body());
		List<String> paths = new JsonDiff(plan.shadow().ignoredJsonPaths()).diff(legacyJson, serviceJson);
		if (!paths.isEmpty()) {
			this.differences.add(request + ": " + paths + "\n  legacy:  " + legacyJson + "\n  service: " + serviceJson);
		}
	}

	private static void legacyOnly(String method, String path, String body) throws Exception {
		HttpResponse<String> response = send(legacy, method, path, body);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
	}

	private static HttpResponse<String> send(String base, String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void start(Path jar, PostgresServer.Database database, Path log, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx384m", "-jar", jar.toString(), "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password()));
		command.addAll(List.of(arguments));
		processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
