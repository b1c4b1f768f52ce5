package dev.stranglerfig.stack;

import java.nio.file.Path;

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
 * The users-service serves the monolith's contract: the legacy monolith and the service, each on a fresh
 * database, get the same sequence of requests (writes included, so both hold the same rows with the same ids)
 * and must answer with the same status, content type, Location and JSON, except the plan's
 * {@code shadow.ignore} paths. So the proxy's shadow diff starts at zero when the plan moves to shadow.
 */
class UsersContractIntegrationTests {

	private static Plan plan;

	private static ContractSide legacy;

	private static ContractSide service;

	private ContractComparison contract;

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

	@BeforeEach
	void compare() {
		this.contract = new ContractComparison(plan, legacy, service);
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

		this.contract.call(users, "GET", "/api/users", null);
		this.contract.call(register, "POST", "/api/users", """
				{"email": "ada@example.com", "password": "s3cret-pass", "fullName": "Ada Lovelace"}""");
		this.contract.call(register, "POST", "/api/users", """
				{"email": "grace@example.com", "password": "s3cret-pass", "fullName": "Grace Hopper",
				 "phone": "+1 555 0100 200", "marketingOptIn": true}""");
		this.contract.call(register, "POST", "/api/users", """
				{"email": "ADA@example.com", "password": "another-pass", "fullName": "Ada Again"}""");
		this.contract.call(register, "POST", "/api/users", """
				{"email": "not-an-email", "password": "s3cret-pass", "fullName": "Bad Email"}""");
		this.contract.call(register, "POST", "/api/users", """
				{"email": "short@example.com", "password": "short", "fullName": "Short Password"}""");
		this.contract.call(register, "POST", "/api/users", """
				{"email": "not-an-email", "password": "short", "fullName": "", "phone": "call me"}""");
		this.contract.call(register, "POST", "/api/users", "{\"email\": ");
		this.contract.call(register, "POST", "/api/users", """
				{"email": "alan@example.com", "password": "s3cret-pass", "fullName": "Alan Turing", "phone": "+44 161 000 0000"}""");

		this.contract.call(user, "GET", "/api/users/1", null);
		this.contract.call(user, "GET", "/api/users/99", null);
		this.contract.call(user, "GET", "/api/users/abc", null);
		this.contract.call(users, "GET", "/api/users?page=0&size=2", null);
		this.contract.call(users, "GET", "/api/users?page=1&size=2", null);
		this.contract.call(users, "GET", "/api/users?page=9&size=2", null);
		this.contract.call(users, "GET", "/api/users?size=500", null);
		this.contract.call(users, "GET", "/api/users?page=-1", null);
		this.contract.call(users, "GET", "/api/users?page=21474837&size=100", null);
		this.contract.call(users, "GET", "/api/users?page=first", null);

		this.contract.call(profile, "PUT", "/api/users/1", """
				{"fullName": "Ada King", "phone": "+44 1234 567890", "marketingOptIn": true}""");
		this.contract.call(profile, "PUT", "/api/users/1", "{\"fullName\": \" \"}");
		this.contract.call(profile, "PUT", "/api/users/1", "{\"fullName\": \"Ada King\", \"phone\": \"call me\"}");
		this.contract.call(profile, "PUT", "/api/users/99", "{\"fullName\": \"Nobody\"}");

		this.contract.call(status, "PUT", "/api/users/2/status", "{\"status\": \"SUSPENDED\"}");
		this.contract.call(status, "PUT", "/api/users/2/status", "{\"status\": \"ASLEEP\"}");
		this.contract.call(status, "PUT", "/api/users/2/status", "{}");
		this.contract.call(status, "PUT", "/api/users/99/status", "{\"status\": \"CLOSED\"}");

		this.contract.call(addresses, "GET", "/api/users/1/addresses", null);
		this.contract.call(addAddress, "POST", "/api/users/1/addresses", """
				{"label": "Home", "line1": "1 Market Street", "city": "London", "postalCode": "EC1A 1AA",
				 "country": "GB", "isDefault": true}""");
		this.contract.call(addAddress, "POST", "/api/users/1/addresses", """
				{"label": "Work", "line1": "2 Fleet Street", "line2": "Floor 3", "city": "London",
				 "postalCode": "EC4Y 1AA", "country": "GB", "isDefault": true}""");
		this.contract.call(addAddress, "POST", "/api/users/1/addresses", """
				{"label": "Holiday", "line1": "3 Quay", "city": "St Ives", "postalCode": "TR26 1AA", "country": "GB"}""");
		this.contract.call(addAddress, "POST", "/api/users/1/addresses", "{\"label\": \"Bad\", \"line1\": \"x\", \"city\": \"y\", "
				+ "\"postalCode\": \"z\", \"country\": \"gb\"}");
		this.contract.call(addAddress, "POST", "/api/users/2/addresses", """
				{"label": "Home", "line1": "5 Navy Yard", "city": "Arlington", "postalCode": "22201", "country": "US",
				 "isDefault": true}""");
		this.contract.call(addAddress, "POST", "/api/users/99/addresses", """
				{"label": "Home", "line1": "1 Nowhere", "city": "Nowhere", "postalCode": "0", "country": "GB"}""");
		this.contract.call(addresses, "GET", "/api/users/1/addresses", null);
		this.contract.call(addresses, "GET", "/api/users/99/addresses", null);

		this.contract.call(removeAddress, "DELETE", "/api/users/1/addresses/2", null);
		this.contract.call(removeAddress, "DELETE", "/api/users/1/addresses/2", null);
		this.contract.call(removeAddress, "DELETE", "/api/users/1/addresses/4", null);
		this.contract.call(removeAddress, "DELETE", "/api/users/99/addresses/1", null);
		this.contract.call(addresses, "GET", "/api/users/1/addresses", null);
		this.contract.call(users, "GET", "/api/users", null);

		this.contract.assertAlike();
	}

	@Test
	void everyEndpointOfThePlanIsAnOperationOfTheMonolithsServedOpenApi() throws Exception {
		this.contract.assertPlanEndpointsAreInLegacysOpenApi();
	}

}
