package dev.stranglerfig.legacy.orders;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.orders.OrderFixtures.Customer;
import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.http.StubHttpServer.RecordedRequest;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order flow with {@code legacy.inventory.remote=true}: reservations go to inventory-service's order API (a
 * stub here, on a real HTTP server), and when the service fails, the checkout, cancellation or dispatch fails
 * cleanly: a 503 problem, the order's transaction rolled back, nothing of it left behind.
 */
@TestPropertySource(properties = { "legacy.inventory.remote=true", "legacy.inventory.read-timeout=500ms",
		// The breaker must stay closed between tests that fail on purpose; its opening is Resilience4j's job.
		"legacy.inventory.minimum-number-of-calls=1000" })
class RemoteInventoryIntegrationTests extends LegacyShopIntegrationTest {

	private static final StubHttpServer inventory = StubHttpServer.start();

	/** What the stub answers, per action: reserve, release, commit. */
	private static final Map<String, AtomicReference<StubResponse>> answers = Map.of("reserve",
			new AtomicReference<>(), "release", new AtomicReference<>(), "commit", new AtomicReference<>());

	static {
		inventory.on("PUT", "/api/inventory/orders/{orderId}/reservation", request -> answer("reserve"));
		inventory.on("POST", "/api/inventory/orders/{orderId}/reservation/release", request -> answer("release"));
		inventory.on("POST", "/api/inventory/orders/{orderId}/reservation/commit", request -> answer("commit"));
	}

	@Autowired
	private ProductRepository products;

	@Autowired
	private JdbcClient jdbc;

	private OrderFixtures fixtures;

	@DynamicPropertySource
	static void inventoryService(DynamicPropertyRegistry registry) {
		registry.add("legacy.inventory.base-url", () -> inventory.uri().toString());
	}

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.http, this.shop, this.products);
		answers.values().forEach(answer -> answer.set(StubResponse.json(200, "[]")));
		answers.get("reserve").set(StubResponse.json(201, "[]"));
	}

	@Test
	void aCheckoutReservesItsLinesAtTheServiceUnderTheOrderIdAndNothingLocally() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.product("9.00");

		Map<String, Object> order = this.fixtures.placeOrder(customer, product, 2);

		long orderId = ((Number) order.get("id")).longValue();
		RecordedRequest reserve = lastTo("/api/inventory/orders/" + orderId + "/reservation");
		assertThat(reserve.method()).isEqualTo("PUT");
		assertThat(reserve.body()).contains("\"productId\":" + product).contains("\"quantity\":2").contains("\"sku\":\"SKU-");
		assertThat(order).containsEntry("status", "PAID");
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_reservation WHERE order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isZero();
		assertThat(callsTo("/api/inventory/orders/" + orderId + "/reservation/release")).isZero();
	}

	@Test
	void aServiceErrorFailsTheCheckoutWith503AndRollsBackEveryDomain() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.product("9.00");
		answers.get("reserve").set(StubResponse.json(500, "{\"status\":500}"));

		Map<String, Object> problem = this.shop.post("/api/orders",
				this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, product, 1), 503);

		assertThat(problem).containsEntry("type", "/problems/dependency-unavailable")
			.containsEntry("detail", "Stock reservations are unavailable right now; try again shortly");
		assertNothingPersistedFor(customer);
	}

	@Test
	void aServiceTooSlowToAnswerFailsTheCheckoutAfterItsRetryAndReleasesWhatItMayHaveReserved() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.product("9.00");
		long before = callsTo("/reservation");
		answers.get("reserve").set(null);

		this.shop.post("/api/orders", this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, product, 1), 503);

		List<RecordedRequest> calls = inventory.received()
			.stream()
			.filter(request -> request.path().endsWith("/reservation"))
			.skip(before)
			.toList();
		assertThat(calls).hasSize(2).extracting(RecordedRequest::path).containsOnly(calls.get(0).path());
		assertThat(callsTo(calls.get(0).path() + "/release")).isEqualTo(1);
		assertNothingPersistedFor(customer);
	}

	@Test
	void theServicesInsufficientStockIsTheSameProblemAsInProcess() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.product("9.00");
		String detail = "Product " + product + " (SKU-X): requested 3, available 2";
		answers.get("reserve").set(new StubResponse(409, Map.of("Content-Type", "application/problem+json"),
				"{\"type\":\"/problems/insufficient-stock\",\"title\":\"Conflict\",\"status\":409,\"detail\":\""
						+ detail + "\"}"));

		Map<String, Object> problem = this.shop.post("/api/orders",
				this.fixtures.orderBody(customer, OrderFixtures.APPROVED_CARD, product, 3), 409);

		assertThat(problem).containsEntry("type", "/problems/insufficient-stock").containsEntry("detail", detail);
		assertNothingPersistedFor(customer);
	}

	@Test
	void aDeclinedCardAfterTheReservationReleasesItAtTheService() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.product("9.00");

		this.shop.post("/api/orders", this.fixtures.orderBody(customer, OrderFixtures.DECLINED_CARD, product, 1), 402);

		String reservation = inventory.received().stream()
			.filter(request -> request.method().equals("PUT"))
			.reduce((first, second) -> second)
			.orElseThrow()
			.path();
		assertThat(callsTo(reservation + "/release")).isEqualTo(1);
		assertNothingPersistedFor(customer);
	}

	@Test
	void theServicesReservationOfADeclinedOrderCanBeCopiedBackIntoLegacy() {
		Customer customer = this.fixtures.customer();
		long product = this.fixtures.product("9.00");
		long warehouse = this.jdbc.sql("SELECT id FROM warehouse WHERE code = ?")
			.param(this.fixtures.warehouse())
			.query(Long.class)
			.single();
		this.shop.post("/api/orders", this.fixtures.orderBody(customer, OrderFixtures.DECLINED_CARD, product, 1), 402);
		String reservation = inventory.received().stream()
			.filter(request -> request.method().equals("PUT"))
			.reduce((first, second) -> second)
			.orElseThrow()
			.path();
		long orderId = Long.parseLong(reservation.split("/")[4]);
		assertThat(this.jdbc.sql("SELECT count(*) FROM customer_order WHERE id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isZero();

		// What the bridge writes once the service owns reservations (writes phase): the released hold, as it is there.
		long copied = this.jdbc.sql("""
				INSERT INTO stock_reservation (order_id, product_id, warehouse_id, quantity, status)
				VALUES (?, ?, ?, 1, 'RELEASED') RETURNING id""")
			.params(orderId, product, warehouse)
			.query(Long.class)
			.single();

		assertThat(this.jdbc.sql("SELECT order_id FROM stock_reservation WHERE id = ?")
			.param(copied)
			.query(Long.class)
			.single()).isEqualTo(orderId);
	}

	@Test
	void aCancellationTheServiceCannotConfirmLeavesTheOrderPaidAndARetrySucceeds() {
		Customer customer = this.fixtures.customer();
		long orderId = ((Number) this.fixtures.placeOrder(customer, this.fixtures.product("9.00"), 1).get("id"))
			.longValue();
		answers.get("release").set(StubResponse.json(500, "{\"status\":500}"));

		assertThat(this.shop.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "changed my mind"), 503))
			.containsEntry("type", "/problems/dependency-unavailable");
		assertThat(this.shop.get("/api/orders/" + orderId, 200)).containsEntry("status", "PAID");
		assertThat(this.jdbc.sql("SELECT refunded_amount FROM payment WHERE order_id = ?")
			.param(orderId)
			.query(java.math.BigDecimal.class)
			.single()).isZero();

		answers.get("release").set(StubResponse.json(200, "[]"));
		assertThat(this.shop.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "changed my mind"), 200))
			.containsEntry("status", "CANCELLED");
		assertThat(callsTo("/api/inventory/orders/" + orderId + "/reservation/release")).isEqualTo(2);
	}

	@Test
	void aDispatchTheServiceCannotConfirmLeavesTheShipmentWaiting() {
		Customer customer = this.fixtures.customer();
		long orderId = ((Number) this.fixtures.placeOrder(customer, this.fixtures.product("9.00"), 1).get("id"))
			.longValue();
		long shipment = ((Number) this.shop.get("/api/orders/" + orderId + "/shipment", 200).get("id")).longValue();
		answers.get("commit").set(StubResponse.json(503, "{\"status\":503}"));

		this.shop.post("/api/shipments/" + shipment + "/events", Map.of("status", "IN_TRANSIT", "location", "Leeds"),
				503);

		assertThat(this.shop.get("/api/orders/" + orderId, 200)).containsEntry("status", "PAID");
		answers.get("commit").set(StubResponse.json(200, "[]"));
		this.shop.post("/api/shipments/" + shipment + "/events", Map.of("status", "IN_TRANSIT", "location", "Leeds"),
				200);
		assertThat(this.shop.get("/api/orders/" + orderId, 200)).containsEntry("status", "SHIPPED");
	}

	private void assertNothingPersistedFor(Customer customer) {
		assertThat(this.shop.get("/api/users/" + customer.userId() + "/orders", 200)).containsEntry("totalElements",
				0);
		for (String table : List.of("payment", "shipment", "stock_reservation")) {
			assertThat(this.jdbc
				.sql("SELECT count(*) FROM " + table + " t JOIN customer_order o ON o.id = t.order_id WHERE o.user_id = ?")
				.param(customer.userId())
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(this.fixtures.templatesSentTo(customer)).containsExactly("WELCOME");
	}

	/** A missing answer means: answer too late (after the client's read timeout). */
	private static StubResponse answer(String action) {
		StubResponse answer = answers.get(action).get();
		if (answer != null) {
			return answer;
		}
		try {
			Thread.sleep(1500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return StubResponse.json(201, "[]");
	}

	private static long callsTo(String pathSuffix) {
		return inventory.received().stream().filter(request -> request.path().endsWith(pathSuffix)).count();
	}

	private static RecordedRequest lastTo(String path) {
		return inventory.received()
			.stream()
			.filter(request -> request.path().equals(path))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

}
