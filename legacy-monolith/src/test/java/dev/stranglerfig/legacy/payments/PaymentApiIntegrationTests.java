package dev.stranglerfig.legacy.payments;

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

import static dev.stranglerfig.legacy.orders.OrderFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentApiIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private ProductRepository products;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.http, this.shop, this.products);
	}

	@Test
	void findsThePaymentOfAnOrder() {
		long orderId = ShopApi.id(this.fixtures.placeOrder(this.fixtures.customer(),
				this.fixtures.stockedProduct("15.00", 3), 2));

		List<Map<String, Object>> payments = this.fixtures.list("/api/payments?orderId=" + orderId);
		assertThat(payments).hasSize(1);
		long paymentId = ShopApi.id(payments.get(0));

		Map<String, Object> payment = this.shop.get("/api/payments/" + paymentId, 200);
		assertThat(payment).containsEntry("orderId", (int) orderId)
			.containsEntry("status", "CAPTURED")
			.containsEntry("currency", "EUR")
			.containsEntry("cardLast4", "4242")
			.containsEntry("refunds", List.of());
		assertThat(money(payment.get("amount"))).isEqualByComparingTo("30.00");
		assertThat(money(payment.get("refundedAmount"))).isEqualByComparingTo("0.00");
		assertThat((String) payment.get("providerRef")).startsWith("sim_");
		assertThat(this.fixtures.list("/api/payments?orderId=987654321")).isEmpty();
	}

	@Test
	void refundsPartlyThenFullyAndNeverMoreThanWasPaid() {
		Customer customer = this.fixtures.customer();
		long orderId = ShopApi.id(this.fixtures.placeOrder(customer, this.fixtures.stockedProduct("20.00", 1), 1));
		long paymentId = ShopApi.id(this.fixtures.list("/api/payments?orderId=" + orderId).get(0));

		Map<String, Object> refund = this.shop.post("/api/payments/" + paymentId + "/refunds",
				Map.of("amount", 5.50, "reason", "scratched box"), 201);
		assertThat(refund).containsEntry("paymentId", (int) paymentId).containsEntry("reason", "scratched box");
		assertThat(money(refund.get("amount"))).isEqualByComparingTo("5.50");
		assertThat(this.shop.get("/api/payments/" + paymentId, 200)).containsEntry("status", "PARTIALLY_REFUNDED");

		assertThat(this.shop.post("/api/payments/" + paymentId + "/refunds",
				Map.of("amount", 14.51, "reason", "too much"), 409))
			.containsEntry("type", "/problems/refund-exceeds-payment");

		this.shop.post("/api/payments/" + paymentId + "/refunds", Map.of("amount", 14.50, "reason", "returned"), 201);
		Map<String, Object> payment = this.shop.get("/api/payments/" + paymentId, 200);
		assertThat(payment).containsEntry("status", "REFUNDED");
		assertThat(money(payment.get("refundedAmount"))).isEqualByComparingTo("20.00");
		assertThat((List<?>) payment.get("refunds")).hasSize(2);

		List<?> outbox = (List<?>) this.shop.get("/api/notifications?userId=" + customer.userId(), 200)
			.get("content");
		assertThat(outbox).filteredOn(n -> "REFUND_ISSUED".equals(((Map<?, ?>) n).get("template"))).hasSize(2);
	}

	@Test
	void rejectsInvalidRefundsAndUnknownPayments() {
		Map<String, Object> problem = this.shop.post("/api/payments/1/refunds", Map.of("amount", 0), 400);
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactlyInAnyOrder("amount", "reason");

		assertThat(this.shop.get("/api/payments/987654321", 404)).containsEntry("detail",
				"Payment 987654321 does not exist");
		assertThat(this.shop.post("/api/payments/987654321/refunds", Map.of("amount", 1, "reason", "x"), 404))
			.containsEntry("type", "/problems/not-found");
		assertThat(this.shop.get("/api/payments", 400)).containsEntry("status", 400);
	}

}
