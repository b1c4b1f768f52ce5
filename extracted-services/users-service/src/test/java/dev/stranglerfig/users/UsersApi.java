package dev.stranglerfig.users;

import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Calls the API the way a shopper or the back office would; emails are unique per call. */
public final class UsersApi {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	UsersApi(RestTestClient http) {
		this.http = http;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	public Map<String, Object> post(String path, Object body, int expectedStatus) {
		return this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

	public Map<String, Object> put(String path, Object body, int expectedStatus) {
		return this.http.put()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

	public Map<String, Object> get(String path, int expectedStatus) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

	public static long id(Map<String, Object> body) {
		return ((Number) body.get("id")).longValue();
	}

	/** Registers a customer with a phone number; answers its id. */
	public long registerUser(String email) {
		return id(post("/api/users", Map.of("email", email, "password", "correct horse battery", "fullName",
				"Ada Shopper", "phone", "+44 20 7946 0000", "marketingOptIn", true), 201));
	}

}
