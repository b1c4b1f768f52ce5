package dev.stranglerfig.users.address;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.users.UsersApi;
import dev.stranglerfig.users.UsersServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AddressApiIntegrationTests extends UsersServiceIntegrationTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY = new ParameterizedTypeReference<>() {
	};

	@Test
	void aNewDefaultAddressTakesTheDefaultFromTheOthers() {
		long user = this.api.registerUser(UsersApi.uniqueEmail("addr"));
		Map<String, Object> home = this.api.post("/api/users/" + user + "/addresses", Map.of("label", "Home", "line1",
				"1 Market Street", "city", "London", "postalCode", "EC1A 1AA", "country", "GB", "isDefault", true), 201);
		Map<String, Object> work = this.api.post("/api/users/" + user + "/addresses", Map.of("label", "Work", "line1",
				"2 Fleet Street", "line2", "Floor 3", "city", "London", "postalCode", "EC4Y 1AA", "country", "GB",
				"isDefault", true), 201);

		assertThat(home).containsOnlyKeys("id", "label", "line1", "line2", "city", "postalCode", "country", "isDefault")
			.containsEntry("line2", null)
			.containsEntry("isDefault", true);
		assertThat(addresses(user)).extracting(address -> address.get("label"), address -> address.get("isDefault"))
			.containsExactly(tuple("Home", false),
					tuple("Work", true));
		assertThat(addresses(user).get(1)).isEqualTo(work);
	}

	@Test
	void anAddressThatIsNotDefaultLeavesTheDefaultAlone() {
		long user = this.api.registerUser(UsersApi.uniqueEmail("addr"));
		addAddress(user, "Home", true);

		addAddress(user, "Holiday", false);

		assertThat(addresses(user)).extracting(address -> address.get("isDefault")).containsExactly(true, false);
	}

	@Test
	void removesAnAddressOnceAndLeavesNoDefaultWhenTheDefaultGoes() {
		long user = this.api.registerUser(UsersApi.uniqueEmail("addr"));
		long home = addAddress(user, "Home", true);
		addAddress(user, "Work", false);

		this.http.delete().uri("/api/users/" + user + "/addresses/" + home).exchange().expectStatus().isNoContent();

		assertThat(addresses(user)).extracting(address -> address.get("label"), address -> address.get("isDefault"))
			.containsExactly(tuple("Work", false));
		this.http.delete()
			.uri("/api/users/" + user + "/addresses/" + home)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Address " + home + " does not exist");
	}

	@Test
	void anotherUsersAddressCannotBeRemoved() {
		long owner = this.api.registerUser(UsersApi.uniqueEmail("owner"));
		long other = this.api.registerUser(UsersApi.uniqueEmail("other"));
		long address = addAddress(owner, "Home", true);

		this.http.delete().uri("/api/users/" + other + "/addresses/" + address).exchange().expectStatus().isNotFound();

		assertThat(addresses(owner)).hasSize(1);
	}

	@Test
	void aSuspendedAccountStillManagesItsAddresses() {
		long user = this.api.registerUser(UsersApi.uniqueEmail("suspended"));
		this.api.put("/api/users/" + user + "/status", Map.of("status", "SUSPENDED"), 200);

		addAddress(user, "Home", true);

		assertThat(addresses(user)).hasSize(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void rejectsAnInvalidAddressNamingEachField() {
		long user = this.api.registerUser(UsersApi.uniqueEmail("addr"));

		Map<String, Object> problem = this.api.post("/api/users/" + user + "/addresses",
				Map.of("label", "Bad", "country", "gb"), 400);

		assertThat(problem).containsEntry("type", "/problems/validation");
		assertThat((List<Map<String, String>>) problem.get("errors")).extracting(error -> error.get("field"))
			.containsExactlyInAnyOrder("line1", "city", "postalCode", "country");
		assertThat(addresses(user)).isEmpty();
	}

	@Test
	void answersAddressesOfAnUnknownUserWith404() {
		assertThat(this.api.get("/api/users/987654321/addresses", 404)).containsEntry("detail",
				"User 987654321 does not exist");
		assertThat(this.api.post("/api/users/987654321/addresses", Map.of("label", "Home", "line1", "1 Market Street",
				"city", "London", "postalCode", "EC1A 1AA", "country", "GB"), 404))
			.containsEntry("type", "/problems/not-found");
		this.http.delete()
			.uri("/api/users/987654321/addresses/1")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("User 987654321 does not exist");
	}

	private long addAddress(long user, String label, boolean isDefault) {
		return UsersApi.id(this.api.post("/api/users/" + user + "/addresses", Map.of("label", label, "line1",
				"1 Market Street", "city", "London", "postalCode", "EC1A 1AA", "country", "GB", "isDefault", isDefault),
				201));
	}

	private List<Map<String, Object>> addresses(long user) {
		return this.http.get()
			.uri("/api/users/" + user + "/addresses")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_ARRAY)
			.returnResult()
			.getResponseBody();
	}

}
