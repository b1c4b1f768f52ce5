package dev.stranglerfig.legacy.shipping;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.orders.OrderFixtures;
import dev.stranglerfig.legacy.orders.OrderFixtures.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.stranglerfig.legacy.orders.OrderFixtures.intOf;
import static org.assertj.core.api.Assertions.assertThat;

class ShippingApiIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private ProductRepository products;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.http, this.shop, this.products);
	}

	@Test
	void findsAShipmentByIdTrackingNumberAndOrder() {
		long orderId = ShopApi.id(this.fixtures.placeOrder(this.fixtures.customer(),
				this.fixtures.stockedProduct("8.00", 2), 1));

		Map<String, Object> shipment = this.shop.get("/api/orders/" + orderId + "/shipment", 200);
		assertThat(shipment).containsEntry("orderId", (int) orderId)
			.containsEntry("status", "PENDING")
			.containsEntry("carrier", "ROYAL_MAIL");
		assertThat((String) shipment.get("trackingNumber")).startsWith("RM");
		assertThat((List<?>) shipment.get("events")).hasSize(1);
		assertThat(this.shop.get("/api/shipments/" + ShopApi.id(shipment), 200)).isEqualTo(shipment);
		assertThat(this.shop.get("/api/shipments/tracking/" + shipment.get("trackingNumber"), 200))
			.isEqualTo(shipment);

		assertThat(this.shop.get("/api/shipments/987654321", 404)).containsEntry("type", "/problems/not-found");
		assertThat(this.shop.get("/api/shipments/tracking/RM0000000000000000", 404)).containsEntry("type",
				"/problems/not-found");
		assertThat(this.shop.get("/api/orders/987654321/shipment", 404)).containsEntry("type", "/problems/not-found");
	}

	@Test
	void picksTheCarrierByDestinationCountry() {
		long userId = this.shop.registerUser();
		long berlin = ShopApi.id(this.shop.post("/api/users/" + userId + "/addresses", Map.of("label", "Home",
				"line1", "Unter den Linden 1", "city", "Berlin", "postalCode", "10117", "country", "DE"), 201));
		long orderId = ShopApi.id(this.fixtures.placeOrder(new Customer(userId, berlin),
				this.fixtures.stockedProduct("8.00", 1), 1));

		assertThat(this.shop.get("/api/orders/" + orderId + "/shipment", 200)).containsEntry("carrier", "DHL")
			.containsEntry("city", "Berlin");
	}

	@Test
	void dispatchShipsTheStockAndDeliveryCompletesTheOrder() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.stockedProduct("30.00", 5);
		long orderId = ShopApi.id(this.fixtures.placeOrder(customer, product, 2));
		long shipmentId = ShopApi.id(this.shop.get("/api/orders/" + orderId + "/shipment", 200));
		String events = "/api/shipments/" + shipmentId + "/events";

		assertThat(this.shop.post(events, Map.of("status", "DELIVERED"), 409)).containsEntry("type",
				"/problems/invalid-shipment-transition");

		Map<String, Object> dispatched = this.shop.post(events,
				Map.of("status", "IN_TRANSIT", "location", "Leeds hub"), 200);
		assertThat(dispatched).containsEntry("status", "IN_TRANSIT").containsKey("shippedAt");
		assertThat((List<?>) dispatched.get("events")).extracting(e -> (Object) ((Map<?, ?>) e).get("status"))
			.containsExactly("PENDING", "IN_TRANSIT");
		assertThat(this.shop.get("/api/orders/" + orderId, 200)).containsEntry("status", "SHIPPED");
		Map<String, Object> stock = this.fixtures.stockOf(product);
		assertThat(intOf(stock, "onHand")).isEqualTo(3);
		assertThat(intOf(stock, "reserved")).isZero();
		assertThat(this.fixtures.list("/api/inventory/reservations?orderId=" + orderId))
			.extracting(r -> r.get("status"))
			.containsOnly("SHIPPED");
		List<?> outbox = (List<?>) this.shop.get("/api/notifications?userId=" + customer.userId(), 200)
			.get("content");
		assertThat(outbox).extracting(n -> (Object) ((Map<?, ?>) n).get("template")).contains("SHIPMENT_DISPATCHED");
		assertThat(this.shop.post(events, Map.of("status", "IN_TRANSIT"), 409)).containsEntry("type",
				"/problems/invalid-shipment-transition");
		assertThat(this.shop.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "too slow"), 409))
			.containsEntry("type", "/problems/order-not-cancellable");

		Map<String, Object> delivered = this.shop.post(events, Map.of("status", "DELIVERED", "location", "Door"),
				200);
		assertThat(delivered).containsEntry("status", "DELIVERED").containsKey("deliveredAt");
		assertThat(this.shop.get("/api/orders/" + orderId, 200)).containsEntry("status", "DELIVERED");
		assertThat(this.fixtures.list("/api/orders/" + orderId + "/history")).extracting(c -> c.get("toStatus"))
			.containsExactly("PLACED", "PAID", "SHIPPED", "DELIVERED");
	}

	@Test
	void aCancelledShipmentTakesNoMoreEvents() {
		long orderId = ShopApi.id(this.fixtures.placeOrder(this.fixtures.customer(),
				this.fixtures.stockedProduct("8.00", 1), 1));
		this.shop.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "ordered twice"), 200);
		long shipmentId = ShopApi.id(this.shop.get("/api/orders/" + orderId + "/shipment", 200));

		assertThat(this.shop.post("/api/shipments/" + shipmentId + "/events", Map.of("status", "IN_TRANSIT"), 409))
			.containsEntry("type", "/problems/invalid-shipment-transition");
		assertThat(this.shop.get("/api/orders/" + orderId, 200)).containsEntry("status", "CANCELLED");
	}

	@Test
	void rejectsInvalidCarrierEvents() {
		Map<String, Object> problem = this.shop.post("/api/shipments/1/events", Map.of("location", "x".repeat(101)),
				400);
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactlyInAnyOrder("status", "location");
		assertThat(this.shop.post("/api/shipments/1/events", Map.of("status", "LOST"), 400)).containsEntry("status",
				400);
		assertThat(this.shop.post("/api/shipments/987654321/events", Map.of("status", "IN_TRANSIT"), 404))
			.containsEntry("type", "/problems/not-found");
	}

}
