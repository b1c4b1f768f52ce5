package dev.stranglerfig.testsupport.shoppers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One shopper: registers an account, then browses, searches, looks at products and their reviews, edits the
 * profile, adds addresses, orders and reviews, in a random but seeded mix, until the traffic stops.
 */
final class Shopper implements Actor {

	private static final Set<Integer> NONE = Set.of();

	private final String id;

	private final String run;

	private final ShopClient shop;

	private final TrafficLog log;

	private final Random random;

	private final List<Long> products;

	private final List<String> words;

	private final List<Long> addresses = new ArrayList<>();

	private final Set<Long> reviewed = new HashSet<>();

	private Long userId;

	private int edits;

	Shopper(String id, String run, ShopClient shop, TrafficLog log, long seed, List<Long> products, List<String> words) {
		this.id = id;
		this.run = run;
		this.shop = shop;
		this.log = log;
		this.random = new Random(seed);
		this.products = products;
		this.words = words;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public void act() throws InterruptedException {
		if (this.userId == null) {
			register();
			return;
		}
		int roll = this.random.nextInt(100);
		if (roll < 30) {
			browse();
		}
		else if (roll < 45) {
			search();
		}
		else if (roll < 65) {
			viewProduct();
		}
		else if (roll < 75) {
			viewAccount();
		}
		else if (roll < 83) {
			editProfile();
		}
		else if (roll < 88) {
			addAddress();
		}
		else if (roll < 95) {
			order();
		}
		else {
			review();
		}
	}

	private void register() throws InterruptedException {
		String email = this.id + "." + this.run + "@shoppers.test";
		Map<String, Object> body = Map.of("email", email, "password", "correct horse battery", "fullName",
				"Shopper " + this.id, "marketingOptIn", this.random.nextBoolean());
		// 409: a request answered after a timeout on an earlier try; the account exists either way.
		ShopClient.Answer answer = this.shop.send(this.id, "POST", "POST /api/users", "/api/users", body, Set.of(409));
		if (answer.ok()) {
			this.userId = answer.body().path("id").asLong();
			this.log.write(new Write(Write.Kind.USER, this.id, this.userId, email));
		}
	}

	private void browse() throws InterruptedException {
		this.shop.send(this.id, "GET", "GET /api/products", "/api/products?page=" + this.random.nextInt(3) + "&size=20",
				null, NONE);
	}

	private void search() throws InterruptedException {
		String word = this.words.get(this.random.nextInt(this.words.size()));
		this.shop.send(this.id, "GET", "GET /api/products", "/api/products?query=" + word + "&size=10", null, NONE);
	}

	private void viewProduct() throws InterruptedException {
		long product = product();
		this.shop.send(this.id, "GET", "GET /api/products/{id}", "/api/products/" + product, null, NONE);
		this.shop.send(this.id, "GET", "GET /api/products/{productId}/reviews",
				"/api/products/" + product + "/reviews?size=5", null, NONE);
		this.shop.send(this.id, "GET", "GET /api/products/{productId}/rating", "/api/products/" + product + "/rating",
				null, NONE);
	}

	private void viewAccount() throws InterruptedException {
		this.shop.send(this.id, "GET", "GET /api/users/{id}", "/api/users/" + this.userId, null, NONE);
		this.shop.send(this.id, "GET", "GET /api/users/{id}/addresses", "/api/users/" + this.userId + "/addresses", null,
				NONE);
	}

	private void editProfile() throws InterruptedException {
		String name = "Shopper " + this.id + " edit " + (++this.edits);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", name);
		body.put("phone", "+31 6" + (10_000_000 + this.random.nextInt(89_999_999)));
		body.put("marketingOptIn", this.random.nextBoolean());
		if (this.shop.send(this.id, "PUT", "PUT /api/users/{id}", "/api/users/" + this.userId, body, NONE).ok()) {
			this.log.write(new Write(Write.Kind.PROFILE, this.id, this.userId, name));
		}
	}

	private void addAddress() throws InterruptedException {
		String label = this.id + "-a" + (this.addresses.size() + 1);
		Map<String, Object> body = Map.of("label", label, "line1", (1 + this.random.nextInt(200)) + " Canal Street",
				"city", "Amsterdam", "postalCode", "10" + (10 + this.random.nextInt(89)) + " AB", "country", "NL",
				"isDefault", this.addresses.isEmpty());
		ShopClient.Answer answer = this.shop.send(this.id, "POST", "POST /api/users/{id}/addresses",
				"/api/users/" + this.userId + "/addresses", body, NONE);
		if (answer.ok()) {
			long address = answer.body().path("id").asLong();
			this.addresses.add(address);
			this.log.write(new Write(Write.Kind.ADDRESS, this.id, address, label));
		}
	}

	private void order() throws InterruptedException {
		if (this.addresses.isEmpty()) {
			addAddress();
			return;
		}
		Map<String, Object> line = Map.of("productId", product(), "quantity", 1 + this.random.nextInt(2));
		Map<String, Object> body = Map.of("userId", this.userId, "shippingAddressId",
				this.addresses.get(this.random.nextInt(this.addresses.size())), "cardToken", "tok_visa4242", "lines",
				List.of(line));
		// 409: the product sold out meanwhile; a shop's normal answer, not the migration's doing.
		ShopClient.Answer answer = this.shop.send(this.id, "POST", "POST /api/orders", "/api/orders", body, Set.of(409));
		if (answer.ok()) {
			this.log.write(new Write(Write.Kind.ORDER, this.id, answer.body().path("id").asLong(), null));
		}
	}

	private void review() throws InterruptedException {
		long product = product();
		if (!this.reviewed.add(product)) {
			return;
		}
		String title = this.id + " on " + product;
		Map<String, Object> body = Map.of("userId", this.userId, "rating", 1 + this.random.nextInt(5), "title", title,
				"body", "Bought it, used it, " + (this.random.nextBoolean() ? "love it." : "it is fine."));
		ShopClient.Answer answer = this.shop.send(this.id, "POST", "POST /api/products/{productId}/reviews",
				"/api/products/" + product + "/reviews", body, NONE);
		if (answer.ok()) {
			JsonNode id = answer.body().path("id");
			this.log.write(new Write(Write.Kind.REVIEW, this.id, id.asLong(), title));
		}
	}

	private long product() {
		return this.products.get(this.random.nextInt(this.products.size()));
	}

}
