package dev.stranglerfig.users.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.users.UsersApi;
import dev.stranglerfig.users.UsersServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiIntegrationTests extends UsersServiceIntegrationTest {

	@Test
	void registersACustomerWithoutEverShowingThePassword() {
		String email = UsersApi.uniqueEmail("ada");
		Map<String, Object> user = this.http.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", "s3cret-pass", "fullName", "Ada Lovelace"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/users/\\d+")
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(user).containsOnlyKeys("id", "email", "fullName", "phone", "status", "marketingOptIn", "roles",
				"createdAt", "updatedAt")
			.containsEntry("email", email)
			.containsEntry("fullName", "Ada Lovelace")
			.containsEntry("phone", null)
			.containsEntry("status", "ACTIVE")
			.containsEntry("marketingOptIn", false)
			.containsEntry("roles", List.of("CUSTOMER"));
		assertThat(Instant.parse((String) user.get("createdAt"))).isEqualTo(Instant.parse((String) user.get("updatedAt")));
		assertThat(this.api.get("/api/users/" + UsersApi.id(user), 200)).isEqualTo(user);
	}

	@Test
	void rejectsADuplicateEmailWhateverItsCaseWith409() {
		String email = UsersApi.uniqueEmail("dup");
		this.api.registerUser(email);

		Map<String, Object> problem = this.api.post("/api/users",
				Map.of("email", email.toUpperCase(), "password", "s3cret-pass", "fullName", "Second"), 409);

		assertThat(problem).containsEntry("type", "/problems/duplicate-email")
			.containsEntry("status", 409)
			.containsEntry("title", "Conflict")
			.containsEntry("detail", "An account with email " + email.toUpperCase() + " already exists")
			.containsEntry("instance", "/api/users");
	}

	@Test
	void rejectsInvalidRegistrationsWithProblemDetailsNamingEachField() {
		Map<String, Object> problem = this.api.post("/api/users",
				Map.of("email", "not-an-email", "password", "short", "fullName", "", "phone", "call me"), 400);

		assertThat(problem).containsEntry("type", "/problems/validation")
			.containsEntry("detail", "The request is not valid");
		assertThat(errors(problem)).as("sorted by field, so the same request always reads the same").containsExactly(
				Map.of("field", "email", "message", "must be a well-formed email address"),
				Map.of("field", "fullName", "message", "must not be blank"),
				Map.of("field", "password", "message", "size must be between 8 and 100"),
				Map.of("field", "phone", "message", "must match \"\\+?[0-9 ]{6,20}\""));
	}

	@Test
	void rejectsMalformedJsonWith400Problem() {
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
	void answersAnUnknownUserWith404ProblemAndANonNumericIdWith400() {
		assertThat(this.api.get("/api/users/987654321", 404)).containsEntry("type", "/problems/not-found")
			.containsEntry("detail", "User 987654321 does not exist");
		assertThat(this.api.get("/api/users/abc", 400)).containsEntry("status", 400);
	}

	@Test
	void updatesAProfile() {
		long id = this.api.registerUser(UsersApi.uniqueEmail("profile"));

		Map<String, Object> updated = this.api.put("/api/users/" + id,
				Map.of("fullName", "Ada King", "phone", "+44 1234 567890", "marketingOptIn", false), 200);

		assertThat(updated).containsEntry("fullName", "Ada King")
			.containsEntry("phone", "+44 1234 567890")
			.containsEntry("marketingOptIn", false);
		assertThat(Instant.parse((String) updated.get("updatedAt")))
			.isAfter(Instant.parse((String) updated.get("createdAt")));
		assertThat(this.api.get("/api/users/" + id, 200)).isEqualTo(updated);
	}

	@Test
	void anUnchangedProfileKeepsItsUpdatedAt() {
		long id = this.api.registerUser(UsersApi.uniqueEmail("same"));
		Map<String, Object> before = this.api.get("/api/users/" + id, 200);

		Map<String, Object> after = this.api.put("/api/users/" + id,
				Map.of("fullName", "Ada Shopper", "phone", "+44 20 7946 0000", "marketingOptIn", true), 200);

		assertThat(after).isEqualTo(before);
	}

	@Test
	void rejectsABadProfileWith400AndAnUnknownUserWith404() {
		long id = this.api.registerUser(UsersApi.uniqueEmail("badprofile"));

		assertThat(errors(this.api.put("/api/users/" + id, Map.of("fullName", " "), 400)))
			.containsExactly(Map.of("field", "fullName", "message", "must not be blank"));
		assertThat(this.api.put("/api/users/987654321", Map.of("fullName", "Nobody"), 404)).containsEntry("detail",
				"User 987654321 does not exist");
	}

	@Test
	void suspendsAndReactivatesAnAccount() {
		long id = this.api.registerUser(UsersApi.uniqueEmail("status"));

		assertThat(this.api.put("/api/users/" + id + "/status", Map.of("status", "SUSPENDED"), 200))
			.containsEntry("status", "SUSPENDED");
		assertThat(this.api.get("/api/users/" + id, 200)).containsEntry("status", "SUSPENDED");
		assertThat(this.api.put("/api/users/" + id + "/status", Map.of("status", "ACTIVE"), 200))
			.containsEntry("status", "ACTIVE");
	}

	@Test
	void rejectsAnUnknownOrMissingStatusWith400AndAnUnknownUserWith404() {
		long id = this.api.registerUser(UsersApi.uniqueEmail("badstatus"));

		assertThat(this.api.put("/api/users/" + id + "/status", Map.of("status", "ASLEEP"), 400)).containsEntry("status",
				400);
		assertThat(errors(this.api.put("/api/users/" + id + "/status", Map.of(), 400)))
			.containsExactly(Map.of("field", "status", "message", "must not be null"));
		assertThat(this.api.put("/api/users/987654321/status", Map.of("status", "CLOSED"), 404))
			.containsEntry("type", "/problems/not-found");
	}

	@Test
	void pagesThroughUsersInIdOrder() {
		long first = this.api.registerUser(UsersApi.uniqueEmail("page"));
		long second = this.api.registerUser(UsersApi.uniqueEmail("page"));
		long total = ((Number) this.api.get("/api/users?size=1", 200).get("totalElements")).longValue();

		Map<String, Object> last = this.api.get("/api/users?page=" + (total - 1) + "&size=1", 200);

		assertThat(last).containsEntry("page", (int) (total - 1))
			.containsEntry("size", 1)
			.containsEntry("totalPages", (int) total);
		assertThat((List<?>) last.get("content")).singleElement()
			.isInstanceOfSatisfying(Map.class, user -> assertThat(user).containsEntry("id", (int) second));
		assertThat(second).isGreaterThan(first);
		Map<String, Object> beyond = this.api.get("/api/users?page=" + total + "&size=1", 200);
		assertThat((List<?>) beyond.get("content")).isEmpty();
		assertThat(beyond).containsEntry("totalElements", (int) total);
		assertThat((List<?>) this.api.get("/api/users", 200).get("content")).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void rejectsPagingOutsideTheLimitsWith400() {
		assertThat(errors(this.api.get("/api/users?size=500", 400)))
			.containsExactly(Map.of("field", "size", "message", "must be less than or equal to 100"));
		assertThat(errors(this.api.get("/api/users?page=-1", 400)))
			.containsExactly(Map.of("field", "page", "message", "must be greater than or equal to 0"));
		assertThat(errors(this.api.get("/api/users?page=21474837&size=100", 400)))
			.containsExactly(Map.of("field", "page", "message", "must be less than or equal to 21474836"));
		assertThat(this.api.get("/api/users?page=first", 400)).containsEntry("status", 400);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(Map<String, Object> problem) {
		return (List<Map<String, Object>>) problem.get("errors");
	}

}
