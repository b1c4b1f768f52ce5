package dev.stranglerfig.legacy.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.orders.OrderFixtures.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.stranglerfig.legacy.orders.OrderFixtures.intOf;
import static dev.stranglerfig.legacy.orders.OrderFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

/** Placing and cancelling orders, and what each step leaves behind in the other domains. */
class OrderFlowIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private ProductRepository products;

	@Autowired
	private JdbcClient jdbc;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.http, this.shop, this.products);
	}

	@Test
	void placingAnOrderReservesStockChargesTheCardShipsNotifiesAndRecordsSales() {
		Customer customer = this.fixtures.customer();
		long mug = this.fixtures.stockedProduct("19.99", 10);
		long tea = this.fixtures.stockedProduct("4.50", 5);

		this.http.post()
			.uri("/api/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("userId", customer.userId(), "shippingAddressId", customer.addressId(), "cardToken",
					OrderFixtures.APPROVED_CARD, "lines",
					List.of(Map.of("productId", mug, "quantity", 3), Map.of("productId", tea, "quantity", 2))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/orders/\\d+");
		long orderId = ((Number) ((Map<?, ?>) ((List<?>) this.shop
			.get("/api/users/" + customer.userId() + "/orders", 200)
			.get("content")).get(0)).get("orderId")).longValue();

		Map<String, Object> order = this.shop.get("/api/orders/" + orderId, 200);
		assertThat(order).containsEntry("status", "PAID")
			.containsEntry("userId", (int) customer.userId())
			.containsEntry("currency", "EUR")
			.containsEntry("shippingAddressId", (int) customer.addressId())
			.containsKey("placedAt");
		assertThat(money(order.get("totalAmount"))).isEqualByComparingTo("68.97");
		assertThat((List<?>) order.get("lines")).hasSize(2).first().isInstanceOfSatisfying(Map.class, line -> {
			assertThat(line).containsEntry("productId", (int) mug).containsEntry("quantity", 3).containsKey("sku");
			assertThat(money(line.get("unitPrice"))).isEqualByComparingTo("19.99");
			assertThat(money(line.get("lineTotal"))).isEqualByComparingTo("59.97");
		});

		Map<String, Object> mugStock = this.fixtures.stockOf(mug);
		assertThat(intOf(mugStock, "onHand")).isEqualTo(10);
		assertThat(intOf(mugStock, "reserved")).isEqualTo(3);
		assertThat(intOf(mugStock, "available")).isEqualTo(7);

		List<Map<String, Object>> payments = this.fixtures.list("/api/payments?orderId=" + orderId);
		assertThat(payments).singleElement().satisfies(payment -> {
			assertThat(payment).containsEntry("status", "CAPTURED").containsEntry("cardLast4", "4242");
			assertThat(money(payment.get("amount"))).isEqualByComparingTo("68.97");
		});

		assertThat(this.shop.get("/api/orders/" + orderId + "/shipment", 200)).containsEntry("status", "PENDING")
			.containsEntry("carrier", "ROYAL_MAIL")
			.containsEntry("recipientName", "Ada Shopper")
			.containsEntry("line1", "1 Market Street")
			.containsEntry("city", "London")
			.containsEntry("postalCode", "EC1A 1AA")
			.containsEntry("country", "GB");

		assertThat(this.fixtures.templatesSentTo(customer)).containsExactly("WELCOME", "ORDER_CONFIRMATION",
				"ORDER_CONFIRMATION");
		assertThat(this.jdbc.sql("SELECT count(*) FROM sales_event WHERE order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.fixtures.list("/api/orders/" + orderId + "/history")).extracting(change -> change.get("toStatus"))
			.containsExactly("PLACED", "PAID");
	}

	@Test
	void aDeclinedCardAnswers402AndRollsBackEveryDomain() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.stockedProduct("25.00", 5);

		Map<String, Object> problem = this.shop.post("/api/orders",
				this.fixtures.orderBody(customer, OrderFixtures.DECLINED_CARD, product, 2), 402);

		assertThat(problem).containsEntry("type", "/problems/payment-declined").containsEntry("status", 402);
		assertNothingPersistedFor(customer, product, 5);
	}

	@Test
	void tooLittleStockAnswers409NamingTheProductAndPersistsNothing() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.stockedProduct("9.00", 2);

		Map<String, Object> problem = this.shop.post("/api/orders",
				this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, product, 3), 409);

		assertThat(problem).containsEntry("type", "/problems/insufficient-stock");
		assertThat((String) problem.get("detail")).contains("Product " + product)
			.contains("requested 3")
			.contains("available 2");
		assertNothingPersistedFor(customer, product, 2);
	}

	@Test
	void concurrentOrdersNeverOversell() throws Exception {
		long product = this.fixtures.stockedProduct("1.00", 5);
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			customers.add(this.fixtures.customer());
		}
		List<Future<Integer>> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			for (Customer customer : customers) {
				statuses.add(pool.submit(() -> this.http.post()
					.uri("/api/orders")
					.contentType(MediaType.APPLICATION_JSON)
					.body(this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, product, 1))
					.exchange()
					.returnResult()
					.getStatus()
					.value()));
			}
		}
		finally {
			pool.shutdown();
		}
		List<Integer> results = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			results.add(status.get());
		}

		assertThat(results).filteredOn(status -> status == 201).hasSize(5);
		assertThat(results).filteredOn(status -> status == 409).hasSize(5);
		Map<String, Object> stock = this.fixtures.stockOf(product);
		assertThat(intOf(stock, "reserved")).isEqualTo(5);
		assertThat(intOf(stock, "available")).isZero();
	}

	@Test
	void cancellingReleasesStockRefundsThePaymentAndCancelsTheShipment() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.stockedProduct("12.50", 4);
		long orderId = ShopApi.id(this.fixtures.placeOrder(customer, product, 2));

		Map<String, Object> cancelled = this.shop.post("/api/orders/" + orderId + "/cancel",
				Map.of("reason", "changed my mind"), 200);

		assertThat(cancelled).containsEntry("status", "CANCELLED");
		Map<String, Object> stock = this.fixtures.stockOf(product);
		assertThat(intOf(stock, "reserved")).isZero();
		assertThat(intOf(stock, "available")).isEqualTo(4);
		List<Map<String, Object>> payments = this.fixtures.list("/api/payments?orderId=" + orderId);
		assertThat(payments).singleElement().satisfies(payment -> {
			assertThat(payment).containsEntry("status", "REFUNDED");
			assertThat(money(payment.get("refundedAmount"))).isEqualByComparingTo("25.00");
		});
		assertThat(this.shop.get("/api/orders/" + orderId + "/shipment", 200)).containsEntry("status", "CANCELLED");
		assertThat(this.fixtures.list("/api/inventory/reservations?orderId=" + orderId))
			.extracting(reservation -> reservation.get("status"))
			.containsOnly("RELEASED");
		assertThat(this.fixtures.templatesSentTo(customer)).contains("ORDER_CANCELLED", "REFUND_ISSUED");
		assertThat(this.fixtures.list("/api/orders/" + orderId + "/history")).last()
			.satisfies(change -> assertThat(change).containsEntry("fromStatus", "PAID")
				.containsEntry("toStatus", "CANCELLED")
				.containsEntry("reason", "changed my mind"));

		assertThat(this.shop.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "again"), 409))
			.containsEntry("type", "/problems/order-not-cancellable");
	}

	private void assertNothingPersistedFor(Customer customer, long product, int stockOnHand) {
		assertThat(this.shop.get("/api/users/" + customer.userId() + "/orders", 200)).containsEntry("totalElements",
				0);
		Map<String, Object> stock = this.fixtures.stockOf(product);
		assertThat(intOf(stock, "reserved")).isZero();
		assertThat(intOf(stock, "available")).isEqualTo(stockOnHand);
		assertThat(countFor(customer, "payment")).isZero();
		assertThat(countFor(customer, "shipment")).isZero();
		assertThat(countFor(customer, "stock_reservation")).isZero();
		assertThat(this.fixtures.templatesSentTo(customer)).containsExactly("WELCOME");
	}

	/** Rows of an order-owned table belonging to the customer's orders, if any slipped through. */
	private long countFor(Customer customer, String table) {
		return this.jdbc
			.sql("SELECT count(*) FROM " + table + " t JOIN customer_order o ON o.id = t.order_id WHERE o.user_id = ?")
			.param(customer.userId())
			.query(Long.class)
			.single();
	}

}
