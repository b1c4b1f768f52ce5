package dev.stranglerfig.legacy.inventory;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.orders.OrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static dev.stranglerfig.legacy.orders.OrderFixtures.intOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InventoryApiIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private ProductRepository products;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.http, this.shop, this.products);
	}

	@Test
	void createsListsAndFindsWarehouses() {
		String code = ShopApi.unique("LDS");
		this.http.post()
			.uri("/api/warehouses")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", code, "name", "Leeds DC", "city", "Leeds", "country", "GB"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/warehouses/" + code);

		assertThat(this.fixtures.list("/api/warehouses")).anySatisfy(warehouse -> assertThat(warehouse)
			.containsEntry("code", code)
			.containsEntry("name", "Leeds DC")
			.containsEntry("city", "Leeds")
			.containsEntry("country", "GB"));
		assertThat(this.shop.get("/api/warehouses/" + code, 200)).containsEntry("code", code);
		assertThat(this.shop.get("/api/warehouses/NOPE-404", 404)).containsEntry("type", "/problems/not-found");
	}

	@Test
	void rejectsDuplicateAndInvalidWarehouses() {
		String code = this.fixtures.warehouse();

		assertThat(this.shop.post("/api/warehouses",
				Map.of("code", code, "name", "Again", "city", "Leeds", "country", "GB"), 409))
			.containsEntry("type", "/problems/duplicate-warehouse");
		Map<String, Object> problem = this.shop.post("/api/warehouses",
				Map.of("code", "THIS-CODE-IS-FAR-TOO-LONG", "name", "Bad", "city", "Leeds", "country", "gb"), 400);
		assertThat(problem).containsEntry("type", "/problems/validation");
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactlyInAnyOrder("code", "country");
	}

	@Test
	void setsStockPerWarehouseAndSumsItPerProduct() {
		long product = this.fixtures.product("10.00");
		String north = this.fixtures.warehouse();
		String south = this.fixtures.warehouse();

		this.fixtures.stock(product, north, 4);
		Map<String, Object> stock = this.fixtures.stock(product, south, 6);

		assertThat(stock).containsEntry("productId", (int) product).containsKey("sku");
		assertThat(intOf(stock, "onHand")).isEqualTo(10);
		assertThat(intOf(stock, "reserved")).isZero();
		assertThat(intOf(stock, "available")).isEqualTo(10);
		assertThat((List<?>) stock.get("warehouses")).hasSize(2);
		assertThat(this.fixtures.stockOf(product)).isEqualTo(stock);

		assertThat(intOf(this.fixtures.stock(product, north, 1), "onHand")).isEqualTo(7);
	}

	@Test
	void reservesFromTheWarehouseWithMostAvailableFirstAndSplits() {
		long product = this.fixtures.product("2.00");
		String small = this.fixtures.warehouse();
		String large = this.fixtures.warehouse();
		this.fixtures.stock(product, small, 4);
		this.fixtures.stock(product, large, 6);

		long orderId = ShopApi.id(this.fixtures.placeOrder(this.fixtures.customer(), product, 8));

		List<Map<String, Object>> reservations = this.fixtures.list("/api/inventory/reservations?orderId=" + orderId);
		assertThat(reservations).extracting(r -> r.get("warehouseCode"), r -> r.get("quantity"), r -> r.get("status"))
			.containsExactly(tuple(large, 6, "HELD"),
					tuple(small, 2, "HELD"));
		assertThat(reservations).allSatisfy(r -> assertThat(r).containsEntry("orderId", (int) orderId)
			.containsEntry("productId", (int) product));
		Map<String, Object> stock = this.fixtures.stockOf(product);
		assertThat(intOf(stock, "reserved")).isEqualTo(8);
		assertThat(intOf(stock, "available")).isEqualTo(2);

		assertThat(this.shop.put("/api/inventory/products/" + product + "/warehouses/" + large,
				Map.of("quantityOnHand", 5), 409))
			.containsEntry("type", "/problems/stock-below-reserved");
		assertThat(this.fixtures.list("/api/inventory/reservations?orderId=987654321")).isEmpty();
	}

	@Test
	void answersTheAvailabilityOfManyProductsInOneReadAndListsTheProductsInStock() {
		long stocked = this.fixtures.product("3.00");
		long allReserved = this.fixtures.product("3.00");
		long neverStocked = this.fixtures.product("3.00");
		String north = this.fixtures.warehouse();
		String south = this.fixtures.warehouse();
		this.fixtures.stock(stocked, north, 2);
		this.fixtures.stock(stocked, south, 3);
		this.fixtures.stock(allReserved, north, 2);
		this.fixtures.placeOrder(this.fixtures.customer(), allReserved, 2);

		List<Map<String, Object>> availability = this.fixtures.list("/api/inventory/availability?productIds="
				+ neverStocked + "," + stocked + "," + allReserved + "," + stocked + ",987654321");

		assertThat(availability)
			.extracting(a -> ((Number) a.get("productId")).longValue(),
					a -> ((Number) a.get("availableQuantity")).longValue())
			.containsExactly(tuple(neverStocked, 0L), tuple(stocked, 5L), tuple(allReserved, 0L),
					tuple(987654321L, 0L));
		List<?> inStock = (List<?>) this.shop.get("/api/inventory/in-stock-products", 200).get("productIds");
		assertThat(inStock).extracting(id -> ((Number) id).longValue())
			.contains(stocked)
			.doesNotContain(allReserved, neverStocked)
			.isSorted();
		assertThat(this.shop.get("/api/inventory/availability?productIds=", 400)).containsEntry("type",
				"/problems/validation");
		assertThat(this.shop.get("/api/inventory/availability", 400)).containsEntry("status", 400);
	}

	@Test
	void answersUnknownProductsAndWarehousesWith404AndBadQuantitiesWith400() {
		long product = this.fixtures.product("1.00");
		String warehouse = this.fixtures.warehouse();

		assertThat(this.shop.get("/api/inventory/products/987654321", 404)).containsEntry("detail",
				"Product 987654321 does not exist");
		assertThat(this.shop.put("/api/inventory/products/987654321/warehouses/" + warehouse,
				Map.of("quantityOnHand", 1), 404))
			.containsEntry("type", "/problems/not-found");
		assertThat(this.shop.put("/api/inventory/products/" + product + "/warehouses/NOPE-404",
				Map.of("quantityOnHand", 1), 404))
			.containsEntry("detail", "Warehouse NOPE-404 does not exist");
		Map<String, Object> problem = this.shop.put("/api/inventory/products/" + product + "/warehouses/" + warehouse,
				Map.of("quantityOnHand", -1), 400);
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactly("quantityOnHand");
		assertThat(this.shop.get("/api/inventory/reservations", 400)).containsEntry("status", 400);
	}

}
