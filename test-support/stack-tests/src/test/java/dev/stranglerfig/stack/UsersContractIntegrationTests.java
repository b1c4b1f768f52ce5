package dev.stranglerfig.stack;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.JsonDiff;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users-service serves the monolith's contract: the legacy monolith and the service, each on a fresh
 * database, get the same sequence of requests (writes included, so both hold the same rows with the same ids)
 * and must answer with the same status, content type, Location and JSON, except the plan's
 * {@code shadow.ignore} paths. So the proxy's shadow diff starts at zero when the plan moves to shadow.
 */
class UsersContractIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static Plan plan;

	private static ContractSide legacy;

	private static ContractSide service;

	private final Set<String> exercised = new HashSet<>();

	private final Set<String> servedByService = new HashSet<>();

	private final List<String> mismatches = new ArrayList<>();

	@BeforeAll
	static void start(@TempDir Path logs) throws Exception {
		plan = PlanLoader.loadDirectory(Path.of("../../migration-plans/plans")).plan("users").orElseThrow();
		legacy = ContractSide.start("legacy-monolith", "legacy-monolith/target/legacy-monolith.jar",
				TestPostgres.newDatabase("contract_legacy"), logs, "--legacy.seed.enabled=false");
		service = ContractSide.start("users-service", "extracted-services/users-service/target/users-service.jar",
				TestPostgres.newDatabase("contract_users"), logs,
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

	@Test
	void theServiceAnswersEveryRequestAsTheMonolithDoes() throws Exception {
		String users = "GET /api/users";
		String register = "POST /api/users";
		String user = "GET /api/users/{id}";
		String profile = "PUT /api/users/{id}";
		String status = "PUT /api/users/{id}/status";
		String addresses = "GET /api/users/{id}/addresses";
		String addAddress = "POST /api/users/{id}/addresses";
		String removeAddress = "DELETE /api/users/{id}/addresses/{addressId}";

		call(users, "GET", "/api/users", null);
		call(register, "POST", "/api/users", """
				{"email": "ada@example.com", "password": "s3cret-pass", "fullName": "Ada Lovelace"}""");
		call(register, "POST", "/api/users", """
				{"email": "grace@example.com", "password": "s3cret-pass", "fullName": "Grace Hopper",
				 "phone": "+1 555 0100 200", "marketingOptIn": true}""");
		call(register, "POST", "/api/users", """
				{"email": "ADA@example.com", "password": "another-pass", "fullName": "Ada Again"}""");
		call(register, "POST", "/api/users", """
				{"email": "not-an-email", "password": "s3cret-pass", "fullName": "Bad Email"}""");
		call(register, "POST", "/api/users", """
				{"email": "short@example.com", "password": "short", "fullName": "Short Password"}""");
		call(register, "POST", "/api/users", """
				{"email": "not-an-email", "password": "short", "fullName": "", "phone": "call me"}""");
		call(register, "POST", "/api/users", "{\"email\": ");
		call(register, "POST", "/api/users", """
				{"email": "alan@example.com", "password": "s3cret-pass", "fullName": "Alan Turing", "phone": "+44 161 000 0000"}""");

		call(user, "GET", "/api/users/1", null);
		call(user, "GET", "/api/users/99", null);
		call(user, "GET", "/api/users/abc", null);
		call(users, "GET", "/api/users?page=0&size=2", null);
		call(users, "GET", "/api/users?page=1&size=2", null);
		call(users, "GET", "/api/users?page=9&size=2", null);
		call(users, "GET", "/api/users?size=500", null);
		call(users, "GET", "/api/users?page=-1", null);
		call(users, "GET", "/api/users?page=first", null);

		call(profile, "PUT", "/api/users/1", """
				{"fullName": "Ada King", "phone": "+44 1234 567890", "marketingOptIn": true}""");
		call(profile, "PUT", "/api/users/1", "{\"fullName\": \" \"}");
		call(profile, "PUT", "/api/users/1", "{\"fullName\": \"Ada King\", \"phone\": \"call me\"}");
		call(profile, "PUT", "/api/users/99", "{\"fullName\": \"Nobody\"}");

		call(status, "PUT", "/api/users/2/status", "{\"status\": \"SUSPENDED\"}");
		call(status, "PUT", "/api/users/2/status", "{\"status\": \"ASLEEP\"}");
		call(status, "PUT", "/api/users/2/status", "{}");
		call(status, "PUT", "/api/users/99/status", "{\"status\": \"CLOSED\"}");

		call(addresses, "GET", "/api/users/1/addresses", null);
		call(addAddress, "POST", "/api/users/1/addresses", """
				{"label": "Home", "line1": "1 Market Street", "city": "London", "postalCode": "EC1A 1AA",
				 "country": "GB", "isDefault": true}""");
		call(addAddress, "POST", "/api/users/1/addresses", """
				{"label": "Work", "line1": "2 Fleet Street", "line2": "Floor 3", "city": "London",
				 "postalCode": "EC4Y 1AA", "country": "GB", "isDefault": true}""");
		call(addAddress, "POST", "/api/users/1/addresses", """
				{"label": "Holiday", "line1": "3 Quay", "city": "St Ives", "postalCode": "TR26 1AA", "country": "GB"}""");
		call(addAddress, "POST", "/api/users/1/addresses", "{\"label\": \"Bad\", \"line1\": \"x\", \"city\": \"y\", "
				+ "\"postalCode\": \"z\", \"country\": \"gb\"}");
		call(addAddress, "POST", "/api/users/2/addresses", """
				{"label": "Home", "line1": "5 Navy Yard", "city": "Arlington", "postalCode": "22201", "country": "US",
				 "isDefault": true}""");
		call(addAddress, "POST", "/api/users/99/addresses", """
				{"label": "Home", "line1": "1 Nowhere", "city": "Nowhere", "postalCode": "0", "country": "GB"}""");
		call(addresses, "GET", "/api/users/1/addresses", null);
		call(addresses, "GET", "/api/users/99/addresses", null);

		call(removeAddress, "DELETE", "/api/users/1/addresses/2", null);
		call(removeAddress, "DELETE", "/api/users/1/addresses/2", null);
		call(removeAddress, "DELETE", "/api/users/1/addresses/4", null);
		call(removeAddress, "DELETE", "/api/users/99/addresses/1", null);
		call(addresses, "GET", "/api/users/1/addresses", null);
		call(users, "GET", "/api/users", null);

		assertThat(this.mismatches).as("responses that differ between legacy and service").isEmpty();
		assertThat(this.exercised).as("every endpoint of the plan is exercised")
			.containsExactlyInAnyOrderElementsOf(planEndpoints());
		assertThat(this.servedByService).as("the service answers every endpoint of the plan with a success")
			.containsExactlyInAnyOrderElementsOf(planEndpoints());
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyEndpointOfThePlanIsAnOperationOfTheMonolithsServedOpenApi() throws Exception {
		HttpResponse<String> document = legacy.send(HttpRequest.newBuilder(legacy.uri("/openapi.yaml")));
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) YAMLMapper.builder()
			.build()
			.readValue(document.body(), Map.class)
			.get("paths");
		Set<String> documented = new TreeSet<>();
		paths.forEach((path, operations) -> operations.keySet().forEach(method -> documented.add(method.toUpperCase() + " " + path)));

		assertThat(documented).containsAll(planEndpoints());
	}

	private static Set<String> planEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		plan.endpoints().stream().map(Endpoint::id).forEach(endpoints::add);
		return endpoints;
	}

	/** Sends one request to both sides and records how their answers differ. */
	private void call(String endpoint, String method, String path, String body) throws Exception {
		this.exercised.add(endpoint);
		HttpResponse<String> fromLegacy = legacy.send(request(legacy, method, path, body));
		HttpResponse<String> fromService = service.send(request(service, method, path, body));
		String request = method + " " + path;
		if (fromService.statusCode() / 100 == 2) {
			this.servedByService.add(endpoint);
		}
		if (fromLegacy.statusCode() != fromService.statusCode()) {
			this.mismatches.add(request + ": status " + fromLegacy.statusCode() + " vs " + fromService.statusCode()
					+ "; service said " + fromService.body());
			return;
		}
		for (String header : List.of("Content-Type", "Location")) {
			if (!fromLegacy.headers().firstValue(header).equals(fromService.headers().firstValue(header))) {
				this.mismatches.add(request + ": " + header + " " + fromLegacy.headers().firstValue(header) + " vs "
						+ fromService.headers().firstValue(header));
			}
		}
		if (fromLegacy.body().isEmpty() || fromService.body().isEmpty()) {
			if (!fromLegacy.body().equals(fromService.body())) {
				this.mismatches.add(request + ": body '" + fromLegacy.body() + "' vs '" + fromService.body() + "'");
			}
			return;
		}
		JsonNode legacyJson = json.readTree(fromLegacy.body());
		JsonNode serviceJson = json.readTree(fromService.body());
		new JsonDiff(plan.shadow().ignoredJsonPaths()).diff(legacyJson, serviceJson)
			.forEach(difference -> this.mismatches.add(request + ": " + difference));
	}

	private static HttpRequest.Builder request(ContractSide side, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(side.uri(path)).header("Accept", "application/json");
		if (body == null) {
			return request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
	}

}
