package dev.stranglerfig.legacy.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.stranglerfig.legacy.ShopApi;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Categories and products through the catalog API, and stock straight into inventory's tables (inventory has
 * no API on this branch yet).
 */
public final class CatalogFixtures {

	private final ShopApi shop;

	private final JdbcClient jdbc;

	public CatalogFixtures(ShopApi shop, JdbcClient jdbc) {
		this.shop = shop;
		this.jdbc = jdbc;
	}

	/** A new top-level category with a unique slug; answers the created category. */
	public Map<String, Object> createCategory() {
		return this.shop.post("/api/categories", Map.of("name", "Garden", "slug", ShopApi.unique("garden")), 201);
	}

	/** A new product with a unique SKU, in the category when one is given; answers its id. */
	public long createProduct(String name, String price, Long categoryId) {
		Map<String, Object> body = new HashMap<>(Map.of("sku", ShopApi.unique("SKU"), "name", name, "description",
				"Made to last", "price", price, "currency", "EUR"));
		if (categoryId != null) {
			body.put("categoryId", categoryId);
		}
		return ShopApi.id(this.shop.post("/api/products", body, 201));
	}

	/** Puts stock of the product into a new warehouse. */
	public void stock(long productId, int onHand, int reserved) {
		long warehouseId = this.jdbc
			.sql("INSERT INTO warehouse (code, name, city, country) VALUES (?, 'Test warehouse', 'Leeds', 'GB') RETURNING id")
			.param("W" + UUID.randomUUID().toString().substring(0, 12))
			.query(Long.class)
			.single();
		this.jdbc
			.sql("INSERT INTO stock_item (product_id, warehouse_id, quantity_on_hand, quantity_reserved) VALUES (?, ?, ?, ?)")
			.params(productId, warehouseId, onHand, reserved)
			.update();
	}

}
