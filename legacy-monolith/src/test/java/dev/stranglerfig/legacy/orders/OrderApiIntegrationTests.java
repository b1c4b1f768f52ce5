package dev.stranglerfig.legacy.orders;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.orders.OrderFixtures.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.stranglerfig.legacy.orders.OrderFixtures.fieldsIn;
import static dev.stranglerfig.legacy.orders.OrderFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

class OrderApiIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private ProductRepository products;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.http, this.shop, this.products);
	}

	@Test
	void listsAUsersOrdersNewestFirstWithProductNames() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.stockedProduct("3.00", 10);
		String productName = this.products.findById(product).orElseThrow().getName();
		this.fixtures.placeOrder(customer, product, 1);
		long newest = ShopApi.id(this.fixtures.placeOrder(customer, product, 2));

		Map<String, Object> page = this.shop.get("/api/users/" + customer.userId() + "/orders?page=0&size=1", 200);

		assertThat(page).containsEntry("totalElements", 2).containsEntry("totalPages", 2).containsEntry("size", 1);
		assertThat((List<?>) page.get("content")).singleElement().isInstanceOfSatisfying(Map.class, order -> {
			assertThat(order).containsEntry("orderId", (int) newest).containsEntry("status", "PAID");
			assertThat(money(order.get("totalAmount"))).isEqualByComparingTo("6.00");
			assertThat(order.get("items")).isEqualTo(
					List.of(Map.of("productId", (int) product, "productName", productName, "quantity", 2)));
		});
		assertThat(this.shop.get("/api/users/987654321/orders", 404)).containsEntry("type", "/problems/not-found");
		assertThat(this.shop.get("/api/users/" + customer.userId() + "/orders?size=500", 400)).containsKey("errors");
	}

	@Test
	void rejectsInvalidOrdersWithProblemDetailsNamingEachField() {
		assertThat(fieldsIn(this.shop.post("/api/orders", Map.of("lines", List.of()), 400)))
			.containsExactlyInAnyOrder("userId", "shippingAddressId", "cardToken", "lines");
		Customer customer = this.fixtures.customer();
		assertThat(fieldsIn(this.shop.post("/api/orders", Map.of("userId", customer.userId(), "shippingAddressId",
				customer.addressId(), "cardToken", "visa", "lines", List.of(Map.of("productId", 1, "quantity", 101))),
				400)))
			.containsExactlyInAnyOrder("cardToken", "lines[0].quantity");
		assertThat(fieldsIn(this.shop.post("/api/orders/1/cancel", Map.of(), 400))).containsExactly("reason");
	}

	@Test
	void rejectsOrdersNamingMissingOrUnsellableThings() {
		Customer customer = this.fixtures.customer();
		Customer stranger = this.fixtures.customer();
		long product = this.fixtures.stockedProduct("5.00", 5);

		assertThat(this.shop.post("/api/orders",
				this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, 987654321L, 1), 400))
			.containsEntry("type", "/problems/unknown-reference");
		assertThat(this.shop.post("/api/orders", this.fixtures.orderBody(new Customer(customer.userId(),
				stranger.addressId()), OrderFixtures.APPROVED_CARD, product, 1), 400))
			.containsEntry("type", "/problems/unknown-reference");
		assertThat(this.shop.post("/api/orders", this.fixtures.orderBody(new Customer(987654321L,
				customer.addressId()), OrderFixtures.APPROVED_CARD, product, 1), 400))
			.containsEntry("type", "/problems/unknown-reference");

		Product retired = this.products.findById(product).orElseThrow();
		retired.update(retired.getName(), retired.getDescription(), retired.getPrice(), null, false);
		this.products.save(retired);
		assertThat(this.shop.post("/api/orders",
				this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, product, 1), 409))
			.containsEntry("type", "/problems/product-unavailable");
	}

	@Test
	void answersUnknownOrdersWith404() {
		assertThat(this.shop.get("/api/orders/987654321", 404)).containsEntry("detail", "Order 987654321 does not exist");
		assertThat(this.shop.get("/api/orders/987654321/history", 404)).containsEntry("type", "/problems/not-found");
		assertThat(this.shop.post("/api/orders/987654321/cancel", Map.of("reason", "gone"), 404))
			.containsEntry("type", "/problems/not-found");
	}

}
