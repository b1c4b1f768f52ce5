package dev.stranglerfig.inventory.reservation;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.inventory.InventoryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** The order flow's API: reserve, release and commit, each idempotent with the order id as key. */
class ReservationApiIntegrationTests extends InventoryServiceIntegrationTest {

	@Test
	void reservingTakesFromTheWarehouseWithMostAvailableAndSplitsWhenOneIsNotEnough() {
		long product = product();
		String small = warehouse();
		String large = warehouse();
		stock(product, small, 3);
		stock(product, large, 5);
		long order = orderId();

		List<Map<String, Object>> reservations = reserve(order, 201, line(product, 7));

		assertThat(reservations).extracting(r -> r.get("warehouseCode"), r -> r.get("quantity"), r -> r.get("status"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(large, 5, "HELD"),
					org.assertj.core.groups.Tuple.tuple(small, 2, "HELD"));
		assertThat(reservations).allSatisfy(r -> assertThat(r).containsEntry("orderId", (int) order)
			.containsEntry("productId", (int) product)
			.containsKeys("id", "createdAt"));
		Map<String, Object> stock = get("/api/inventory/products/" + product, 200);
		assertThat(intOf(stock, "reserved")).isEqualTo(7);
		assertThat(intOf(stock, "available")).isEqualTo(1);
		assertThat(list("/api/inventory/reservations?orderId=" + order)).isEqualTo(reservations);
	}

	@Test
	void aRetriedReservationNeverReservesTwice() {
		long product = product();
		stock(product, warehouse(), 10);
		long order = orderId();

		List<Map<String, Object>> first = reserve(order, 201, line(product, 4));
		List<Map<String, Object>> retry = reserve(order, 200, line(product, 4));

		assertThat(retry).isEqualTo(first);
		assertThat(intOf(get("/api/inventory/products/" + product, 200), "reserved")).isEqualTo(4);
	}

	@Test
	void theSameOrderIdWithOtherLinesIsRefused() {
		long product = product();
		stock(product, warehouse(), 10);
		long order = orderId();
		reserve(order, 201, line(product, 4));

		Map<String, Object> problem = put("/api/inventory/orders/" + order + "/reservation",
				Map.of("lines", List.of(line(product, 5))), 409);

		assertThat(problem).containsEntry("type", "/problems/reservation-mismatch");
		assertThat(intOf(get("/api/inventory/products/" + product, 200), "reserved")).isEqualTo(4);
	}

	@Test
	void tooLittleStockForOneLineReservesNothingAndCanBeRetriedLater() {
		long plenty = product();
		long scarce = product();
		String warehouse = warehouse();
		stock(plenty, warehouse, 10);
		stock(scarce, warehouse, 1);
		long order = orderId();

		Map<String, Object> problem = put("/api/inventory/orders/" + order + "/reservation",
				Map.of("lines", List.of(line(plenty, 2), line(scarce, 3))), 409);

		assertThat(problem).containsEntry("type", "/problems/insufficient-stock")
			.containsEntry("detail", "Product " + scarce + " (SKU-" + scarce + "): requested 3, available 1");
		assertThat(intOf(get("/api/inventory/products/" + plenty, 200), "reserved")).isZero();
		assertThat(list("/api/inventory/reservations?orderId=" + order)).isEmpty();

		stock(scarce, warehouse, 3);
		assertThat(reserve(order, 201, line(plenty, 2), line(scarce, 3))).hasSize(2);
	}

	@Test
	void releasingPutsUnitsBackOnSaleAndARetryChangesNothing() {
		long product = product();
		stock(product, warehouse(), 5);
		long order = orderId();
		reserve(order, 201, line(product, 2));

		List<Map<String, Object>> released = array(HttpMethod.POST,
				"/api/inventory/orders/" + order + "/reservation/release", null, 200);
		List<Map<String, Object>> again = array(HttpMethod.POST,
				"/api/inventory/orders/" + order + "/reservation/release", null, 200);

		assertThat(released).extracting(r -> r.get("status")).containsExactly("RELEASED");
		assertThat(again).isEqualTo(released);
		Map<String, Object> stock = get("/api/inventory/products/" + product, 200);
		assertThat(intOf(stock, "onHand")).isEqualTo(5);
		assertThat(intOf(stock, "available")).isEqualTo(5);
		assertThat(post("/api/inventory/orders/" + order + "/reservation/commit", null, 409)).containsEntry("type",
				"/problems/reservation-settled");
	}

	@Test
	void committingTakesTheUnitsOutOfTheWarehouseOnce() {
		long product = product();
		stock(product, warehouse(), 5);
		long order = orderId();
		reserve(order, 201, line(product, 2));

		array(HttpMethod.POST, "/api/inventory/orders/" + order + "/reservation/commit", null, 200);
		List<Map<String, Object>> again = array(HttpMethod.POST,
				"/api/inventory/orders/" + order + "/reservation/commit", null, 200);

		assertThat(again).extracting(r -> r.get("status")).containsExactly("SHIPPED");
		Map<String, Object> stock = get("/api/inventory/products/" + product, 200);
		assertThat(intOf(stock, "onHand")).isEqualTo(3);
		assertThat(intOf(stock, "reserved")).isZero();
		assertThat(post("/api/inventory/orders/" + order + "/reservation/release", null, 409)).containsEntry("detail",
				"The reservation of order " + order + " is SHIPPED; it cannot become RELEASED");
	}

	@Test
	void settlingAnOrderWithoutReservationsIsNotFound() {
		long order = orderId();

		assertThat(post("/api/inventory/orders/" + order + "/reservation/release", null, 404)).containsEntry("detail",
				"Reservation of order " + order + " does not exist");
		post("/api/inventory/orders/" + order + "/reservation/commit", null, 404);
		assertThat(list("/api/inventory/reservations?orderId=" + order)).isEmpty();
	}

	@Test
	void badInputIsRefusedBeforeAnythingIsReserved() {
		long product = product();
		stock(product, warehouse(), 5);

		Map<String, Object> problem = put("/api/inventory/orders/" + orderId() + "/reservation",
				Map.of("lines", List.of(Map.of("productId", product, "quantity", 0))), 400);

		assertThat(problem).containsEntry("type", "/problems/validation");
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactly("lines[0].quantity", "lines[0].sku");
		assertThat(put("/api/inventory/orders/" + orderId() + "/reservation", Map.of("lines", List.of()), 400))
			.containsEntry("type", "/problems/validation");
		assertThat(put("/api/inventory/orders/0/reservation", Map.of("lines", List.of(line(product, 1))), 400))
			.containsEntry("type", "/problems/validation");
		put("/api/inventory/orders/abc/reservation", Map.of("lines", List.of(line(product, 1))), 400);
		assertThat(get("/api/inventory/reservations", 400)).containsEntry("status", 400);
		assertThat(intOf(get("/api/inventory/products/" + product, 200), "reserved")).isZero();
	}

	private List<Map<String, Object>> reserve(long order, int expectedStatus, Map<?, ?>... lines) {
		return array(HttpMethod.PUT, "/api/inventory/orders/" + order + "/reservation",
				Map.of("lines", List.of(lines)), expectedStatus);
	}

	private static Map<String, Object> line(long product, int quantity) {
		return Map.of("productId", product, "sku", "SKU-" + product, "quantity", quantity);
	}

}
