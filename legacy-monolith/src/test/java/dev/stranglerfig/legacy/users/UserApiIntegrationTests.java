package dev.stranglerfig.legacy.users;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiIntegrationTests extends LegacyShopIntegrationTest {

	@Test
	void registersACustomerAndQueuesAWelcomeEmail() {
		String email = ShopApi.unique("ada") + "@example.com";
		Map<String, Object> user = this.shop.post("/api/users",
				Map.of("email", email, "password", "s3cret-pass", "fullName", "Ada Lovelace"), 201);

		assertThat(user).containsEntry("email", email)
			.containsEntry("fullName", "Ada Lovelace")
			.containsEntry("status", "ACTIVE")
			.containsEntry("roles", List.of("CUSTOMER"))
			.doesNotContainKey("passwordHash");
		long id = ShopApi.id(user);
		assertThat(this.shop.get("/api/users/" + id, 200)).containsEntry("email", email);

		Map<String, Object> outbox = this.shop.get("/api/notifications?userId=" + id, 200);
		assertThat((List<?>) outbox.get("content")).singleElement()
			.isInstanceOfSatisfying(Map.class, n -> assertThat(n).containsEntry("template", "WELCOME")
				.containsEntry("channel", "EMAIL")
				.containsEntry("status", "PENDING"));
	}

	@Test
	void rejectsADuplicateEmailWhateverItsCaseWith409() {
		String email = ShopApi.unique("dup") + "@example.com";
		this.shop.post("/api/users", Map.of("email", email, "password", "s3cret-pass", "fullName", "First"), 201);

		Map<String, Object> problem = this.shop.post("/api/users",
				Map.of("email", email.toUpperCase(), "password", "s3cret-pass", "fullName", "Second"), 409);

		assertThat(problem).containsEntry("type", "/problems/duplicate-email")
			.containsEntry("status", 409)
			.containsEntry("detail", "An account with email " + email.toUpperCase() + " already exists");
	}

	@Test
	void rejectsInvalidRegistrationsWithProblemDetailsNamingEachField() {
		this.http.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", "not-an-email", "password", "short", "fullName", ""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[*].field")
			.value(List.class, fields -> assertThat(fields).containsExactly("email", "fullName", "password"));
	}

	@Test
	void rejectsMalformedJsonWith400() {
		this.http.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"email\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAnUnknownUserWith404Problem() {
		assertThat(this.shop.get("/api/users/987654321", 404)).containsEntry("type", "/problems/not-found")
			.containsEntry("detail", "User 987654321 does not exist");
		assertThat(this.shop.get("/api/users/abc", 400)).containsEntry("status", 400);
	}

	@Test
	void updatesAProfileAndSuspendsAnAccount() {
		long id = this.shop.registerUser();

		Map<String, Object> updated = this.shop.put("/api/users/" + id,
				Map.of("fullName", "Ada King", "phone", "+44 1234 567890", "marketingOptIn", false), 200);
		assertThat(updated).containsEntry("fullName", "Ada King")
			.containsEntry("phone", "+44 1234 567890")
			.containsEntry("marketingOptIn", false);

		assertThat(this.shop.put("/api/users/" + id + "/status", Map.of("status", "SUSPENDED"), 200))
			.containsEntry("status", "SUSPENDED");
		assertThat(this.shop.put("/api/users/" + id + "/status", Map.of("status", "ASLEEP"), 400)).containsEntry("status",
				400);
	}

	@Test
	void managesAddressesKeepingOneDefault() {
		long id = this.shop.registerUser();
		long home = this.shop.addAddress(id);
		long work = ShopApi.id(this.shop.post("/api/users/" + id + "/addresses", Map.of("label", "Work", "line1",
				"2 Fleet Street", "city", "London", "postalCode", "EC4Y 1AA", "country", "GB", "isDefault", true), 201));

		this.http.get()
			.uri("/api/users/" + id + "/addresses")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == " + home + ")].isDefault")
			.isEqualTo(List.of(false))
			.jsonPath("$[?(@.id == " + work + ")].isDefault")
			.isEqualTo(List.of(true));

		this.http.delete().uri("/api/users/" + id + "/addresses/" + home).exchange().expectStatus().isNoContent();
		this.http.delete().uri("/api/users/" + id + "/addresses/" + home).exchange().expectStatus().isNotFound();
		assertThat(this.shop.post("/api/users/" + id + "/addresses", Map.of("label", "Bad", "country", "gb"), 400))
			.containsKey("errors");
	}

	@Test
	void pagesThroughUsersWithinLimits() {
		this.shop.registerUser();
		this.shop.registerUser();

		Map<String, Object> page = this.shop.get("/api/users?page=0&size=1", 200);
		assertThat((List<?>) page.get("content")).hasSize(1);
		assertThat(page).containsEntry("size", 1);
		assertThat(((Number) page.get("totalElements")).longValue()).isGreaterThanOrEqualTo(2);

		assertThat(this.shop.get("/api/users?size=500", 400)).containsEntry("type", "/problems/validation");
		assertThat((List<?>) this.shop.get("/api/users?page=21474836&size=100", 200).get("content")).isEmpty();
		assertThat(this.shop.get("/api/users?page=21474837&size=100", 400))
			.containsEntry("type", "/problems/validation")
			.containsEntry("errors",
					List.of(Map.of("field", "page", "message", "must be less than or equal to 21474836")));
	}

}
