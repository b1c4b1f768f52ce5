package dev.stranglerfig.legacy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Makes the data a test needs through the public API, the way a shopper or the back office would.
 * Names, emails and SKUs are unique per call so tests sharing a database never collide.
 */
public final class ShopApi {

	private static final AtomicLong sequence = new AtomicLong();

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	public ShopApi(RestTestClient http) {
		this.http = http;
	}

	public static String unique(String prefix) {
		return prefix + "-" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A body as a map, for tests that read values out of a response. */
	public Map<String, Object> json(RestTestClient.ResponseSpec response) {
		return response.expectBody(JSON_OBJECT).returnResult().getResponseBody();
	}

	public Map<String, Object> post(String path, Object body, int expectedStatus) {
		return json(this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus));
	}

	public Map<String, Object> put(String path, Object body, int expectedStatus) {
		return json(this.http.put()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus));
	}

	public Map<String, Object> get(String path, int expectedStatus) {
		return json(this.http.get().uri(path).exchange().expectStatus().isEqualTo(expectedStatus));
	}

	public static long id(Map<String, Object> body) {
		return ((Number) body.get("id")).longValue();
	}

	/** Registers a customer with a phone number and returns its id. */
	public long registerUser() {
		String email = unique("shopper") + "@example.com";
		return id(post("/api/users", Map.of("email", email, "password", "correct horse battery", "fullName",
				"Ada Shopper", "phone", "+44 20 7946 0000", "marketingOptIn", true), 201));
	}

	/** Adds a default address to the user and returns its id. */
	public long addAddress(long userId) {
		return id(post("/api/users/" + userId + "/addresses", Map.of("label", "Home", "line1", "1 Market Street",
				"city", "London", "postalCode", "EC1A 1AA", "country", "GB", "isDefault", true), 201));
	}

}
