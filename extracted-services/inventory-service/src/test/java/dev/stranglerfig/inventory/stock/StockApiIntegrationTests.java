package dev.stranglerfig.inventory.stock;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.inventory.InventoryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class StockApiIntegrationTests extends InventoryServiceIntegrationTest {

	@Test
	void settingStockPerWarehouseShowsTotalsAndWarehousesByCode() {
		long product = product();
		String first = warehouse();
		String second = warehouse();

		stock(product, first, 4);
		Map<String, Object> stock = stock(product, second, 6);

		assertThat(stock).containsEntry("productId", (int) product).containsEntry("sku", "SKU-" + product);
		assertThat(intOf(stock, "onHand")).isEqualTo(10);
		assertThat(intOf(stock, "reserved")).isZero();
		assertThat(intOf(stock, "available")).isEqualTo(10);
		assertThat((List<?>) stock.get("warehouses")).extracting(w -> (Object) ((Map<?, ?>) w).get("warehouseCode"))
			.containsExactly(first.compareTo(second) < 0 ? first : second, first.compareTo(second) < 0 ? second : first);
		assertThat(get("/api/inventory/products/" + product, 200)).isEqualTo(stock);
	}

	@Test
	void aProductTheCatalogKnowsWithoutStockHasNone() {
		long product = product();

		Map<String, Object> stock = get("/api/inventory/products/" + product, 200);

		assertThat(intOf(stock, "onHand")).isZero();
		assertThat((List<?>) stock.get("warehouses")).isEmpty();
	}

	@Test
	void unknownProductsAndWarehousesAreNotFoundInLegacysOrder() {
		String warehouse = warehouse();

		assertThat(get("/api/inventory/products/999999999", 404)).containsEntry("detail",
				"Product 999999999 does not exist");
		assertThat(put("/api/inventory/products/999999999/warehouses/NOPE", Map.of("quantityOnHand", 1), 404))
			.containsEntry("detail", "Product 999999999 does not exist");
		assertThat(put("/api/inventory/products/" + product() + "/warehouses/NOPE", Map.of("quantityOnHand", 1), 404))
			.containsEntry("detail", "Warehouse NOPE does not exist");
		assertThat(get("/api/inventory/products/abc", 400)).containsEntry("status", 400);
		assertThat(put("/api/inventory/products/1/warehouses/" + warehouse, Map.of("quantityOnHand", -1), 400))
			.containsEntry("type", "/problems/validation");
		assertThat(put("/api/inventory/products/1/warehouses/" + warehouse, Map.of(), 400))
			.containsEntry("type", "/problems/validation");
	}

	@Test
	void onHandCannotDropBelowWhatOrdersHold() {
		long product = product();
		String warehouse = warehouse();
		stock(product, warehouse, 5);
		array(HttpMethod.PUT, "/api/inventory/orders/" + orderId() + "/reservation",
				Map.of("lines", List.of(Map.of("productId", product, "sku", "SKU-" + product, "quantity", 3))), 201);

		Map<String, Object> problem = put("/api/inventory/products/" + product + "/warehouses/" + warehouse,
				Map.of("quantityOnHand", 2), 409);

		assertThat(problem).containsEntry("type", "/problems/stock-below-reserved")
			.containsEntry("detail", "Warehouse " + warehouse + " has 3 units reserved; on hand cannot drop to 2");
		assertThat(intOf(stock(product, warehouse, 3), "available")).isZero();
	}

	@Test
	void availabilityAnswersEachProductOnceInTheOrderAskedWithZeroForUnknown() {
		long stocked = product();
		long empty = product();
		String warehouse = warehouse();
		stock(stocked, warehouse, 7);
		stock(empty, warehouse, 0);

		List<Map<String, Object>> availability = list(
				"/api/inventory/availability?productIds=" + empty + "," + stocked + "," + empty + ",999999999");

		assertThat(availability).extracting(a -> ((Number) a.get("productId")).longValue(),
				a -> ((Number) a.get("availableQuantity")).longValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(empty, 0L),
					org.assertj.core.groups.Tuple.tuple(stocked, 7L),
					org.assertj.core.groups.Tuple.tuple(999999999L, 0L));
		List<?> inStock = (List<?>) get("/api/inventory/in-stock-products", 200).get("productIds");
		assertThat(inStock).extracting(id -> ((Number) id).longValue()).contains(stocked).doesNotContain(empty);
	}

	@Test
	void availabilityRefusesNoIdsTooManyIdsAndNonNumbers() {
		assertThat(get("/api/inventory/availability", 400)).containsEntry("status", 400);
		assertThat(get("/api/inventory/availability?productIds=", 400)).containsEntry("type", "/problems/validation");
		String tooMany = String.join(",", java.util.stream.LongStream.rangeClosed(1, 101).mapToObj(String::valueOf)
			.toList());
		assertThat(get("/api/inventory/availability?productIds=" + tooMany, 400)).containsEntry("type",
				"/problems/validation");
		assertThat(get("/api/inventory/availability?productIds=a,b", 400)).containsEntry("status", 400);
	}

	@Test
	void aCatalogOutageIsA503ProblemForProductStockOnly() {
		long product = product();
		String warehouse = warehouse();
		stock(product, warehouse, 2);
		catalog().failing(true);
		try {
			assertThat(get("/api/inventory/products/" + product, 503))
				.containsEntry("type", "/problems/dependency-unavailable")
				.containsEntry("detail", "Product data is unavailable right now; try again shortly");
			put("/api/inventory/products/" + product + "/warehouses/" + warehouse, Map.of("quantityOnHand", 9), 503);
			assertThat(list("/api/inventory/availability?productIds=" + product).get(0))
				.containsEntry("availableQuantity", 2);
		}
		finally {
			catalog().failing(false);
		}
		assertThat(intOf(get("/api/inventory/products/" + product, 200), "onHand")).isEqualTo(2);
	}

}
