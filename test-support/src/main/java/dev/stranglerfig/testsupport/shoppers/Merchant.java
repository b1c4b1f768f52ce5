package dev.stranglerfig.testsupport.shoppers;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A shop employee: changes prices of existing products, now and then lists a new one, looks at categories. */
final class Merchant implements Actor {

	private static final Set<Integer> NONE = Set.of();

	private final String id;

	private final String run;

	private final ShopClient shop;

	private final TrafficLog log;

	private final Random random;

	private final List<Long> products;

	private int listed;

	Merchant(String id, String run, ShopClient shop, TrafficLog log, long seed, List<Long> products) {
		this.id = id;
		this.run = run;
		this.shop = shop;
		this.log = log;
		this.random = new Random(seed);
		this.products = products;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public void act() throws InterruptedException {
		int roll = this.random.nextInt(100);
		if (roll < 60) {
			changePrice();
		}
		else if (roll < 75) {
			listProduct();
		}
		else {
			this.shop.send(this.id, "GET", "GET /api/categories", "/api/categories", null, NONE);
		}
	}

	private void changePrice() throws InterruptedException {
		long product = this.products.get(this.random.nextInt(this.products.size()));
		ShopClient.Answer current = this.shop.send(this.id, "GET", "GET /api/products/{id}", "/api/products/" + product,
				null, NONE);
		if (!current.ok()) {
			return;
		}
		BigDecimal price = BigDecimal.valueOf(100 + this.random.nextInt(99_900), 2);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", current.body().path("name").asString());
		if (current.body().path("description").isString()) {
			body.put("description", current.body().path("description").asString());
		}
		body.put("price", price);
		JsonNode category = current.body().path("category").path("id");
		if (category.isNumber()) {
			body.put("categoryId", category.asLong());
		}
		body.put("active", true);
		// 409: the other merchant changed the product since it was read; the shop asks to reload, as it should.
		if (this.shop.send(this.id, "PUT", "PUT /api/products/{id}", "/api/products/" + product, body, Set.of(409))
			.ok()) {
			this.log.write(new Write(Write.Kind.PRICE, this.id, product, price.toPlainString()));
		}
	}

	private void listProduct() throws InterruptedException {
		String sku = "SKU-" + this.id + "-" + this.run + "-" + (++this.listed);
		Map<String, Object> body = Map.of("sku", sku, "name", "Merchant special " + sku, "price",
				BigDecimal.valueOf(500 + this.random.nextInt(20_000), 2), "currency", "EUR");
		ShopClient.Answer answer = this.shop.send(this.id, "POST", "POST /api/products", "/api/products", body, NONE);
		if (answer.ok()) {
			this.log.write(new Write(Write.Kind.PRODUCT, this.id, answer.body().path("id").asLong(), sku));
		}
	}

}
