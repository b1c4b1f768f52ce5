package dev.stranglerfig.legacy.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.analytics.HistoricalOrders.Line;
import dev.stranglerfig.legacy.catalog.CatalogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsApiIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private CatalogFixtures catalog;

	private HistoricalOrders orders;

	@BeforeEach
	void fixtures() {
		this.catalog = new CatalogFixtures(this.shop, this.jdbc);
		this.orders = new HistoricalOrders(this.jdbc);
	}

	@Test
	void acceptsAPageViewWithoutAnswering() {
		String session = ShopApi.unique("session");
		long product = this.catalog.createProduct("Scarf", "19.00", null);

		this.http.post()
			.uri("/api/analytics/page-views")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("sessionId", session, "userId", this.shop.registerUser(), "productId", product, "path",
					"/products/" + product))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.isEmpty();

		assertThat(this.jdbc.sql("SELECT path FROM page_view_event WHERE session_id = ?").param(session)
			.query(String.class)
			.list()).containsExactly("/products/" + product);
	}

	@Test
	void rejectsAPageViewWithMissingFieldsOrAnUnknownProduct() {
		Map<String, Object> problem = this.shop.post("/api/analytics/page-views", Map.of("userId", 1), 400);
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactlyInAnyOrder("sessionId", "path");

		assertThat(this.shop.post("/api/analytics/page-views",
				Map.of("sessionId", ShopApi.unique("session"), "productId", 987654321, "path", "/x"), 400))
			.containsEntry("type", "/problems/unknown-reference")
			.containsEntry("detail", "productId: Product 987654321 does not exist");
	}

	@Test
	void reportsDailySalesPerCategoryByUtcDayLeavingOutCancelledOrders() {
		Map<String, Object> category = this.catalog.createCategory();
		String slug = (String) category.get("slug");
		long boots = this.catalog.createProduct("Boots", "10.00", ShopApi.id(category));
		long socks = this.catalog.createProduct("Socks", "5.50", ShopApi.id(category));
		long user = this.shop.registerUser();
		this.orders.placeOrder(user, "PLACED", Instant.parse("2003-03-10T00:00:00Z"), Line.of(boots, 2, "10.00"),
				Line.of(socks, 1, "5.50"));
		this.orders.placeOrder(user, "PAID", Instant.parse("2003-03-10T23:59:59Z"), Line.of(boots, 1, "10.00"));
		this.orders.placeOrder(user, "CANCELLED", Instant.parse("2003-03-10T12:00:00Z"), Line.of(boots, 9, "10.00"));
		this.orders.placeOrder(user, "DELIVERED", Instant.parse("2003-03-11T08:00:00Z"), Line.of(socks, 2, "5.50"));
		this.orders.placeOrder(user, "DELIVERED", Instant.parse("2003-03-12T00:00:00Z"), Line.of(socks, 1, "5.50"));

		List<Object> rows = this.http.get()
			.uri("/api/analytics/daily-sales?from=2003-03-10&to=2003-03-11&category=" + slug)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(rows).containsExactly(
				Map.of("date", "2003-03-10", "category", slug, "orders", 2, "units", 4, "revenue", 35.5),
				Map.of("date", "2003-03-11", "category", slug, "orders", 1, "units", 2, "revenue", 11.0));
	}

	@Test
	void rejectsAMissingBackwardsOrTooLongReportPeriod() {
		assertThat(this.shop.get("/api/analytics/daily-sales?from=2024-02-01&to=2024-01-31", 400))
			.containsEntry("type", "/problems/invalid-report-period")
			.containsEntry("detail", "to (2024-01-31) must not be before from (2024-02-01)");
		assertThat(this.shop.get("/api/analytics/top-products?from=2023-01-01&to=2024-01-03", 400))
			.containsEntry("type", "/problems/invalid-report-period")
			.containsEntry("detail", "from 2023-01-01 to 2024-01-03 is more than 366 days apart");
		assertThat(this.shop.get("/api/analytics/daily-sales?from=2024-01-01", 400)).containsEntry("status", 400)
			.containsEntry("detail", "Required parameter 'to' is not present.");
		assertThat(this.shop.get("/api/analytics/daily-sales?from=yesterday&to=2024-01-01", 400))
			.containsEntry("status", 400);
	}

	@Test
	void ranksTopProductsByRevenueThenId() {
		long user = this.shop.registerUser();
		long kite = this.catalog.createProduct("Kite", "40.00", null);
		long yoyo = this.catalog.createProduct("Yo-yo", "4.00", null);
		long ball = this.catalog.createProduct("Ball", "8.00", null);
		long order = this.orders.placeOrder(user, "DELIVERED", Instant.parse("1998-06-01T10:00:00Z"),
				Line.of(kite, 1, "40.00"));
		Instant day = Instant.parse("1998-06-01T10:00:00Z");
		this.orders.recordSale(order, kite, 1, "40.00", day);
		this.orders.recordSale(order, yoyo, 3, "12.00", day);
		this.orders.recordSale(order, yoyo, 2, "8.00", Instant.parse("1998-06-02T10:00:00Z"));
		this.orders.recordSale(order, ball, 2, "16.00", day);
		this.orders.recordSale(order, kite, 5, "200.00", Instant.parse("1998-06-03T10:00:00Z"));

		List<?> top = this.http.get()
			.uri("/api/analytics/top-products?from=1998-06-01&to=1998-06-02")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();

		assertThat(top).extracting(p -> (Object) ((Map<?, ?>) p).get("productId"))
			.containsExactly((int) kite, (int) yoyo, (int) ball);
		assertThat(top.get(1)).isInstanceOfSatisfying(Map.class, p -> assertThat(p).containsEntry("name", "Yo-yo")
			.containsEntry("units", 5)
			.containsEntry("revenue", 20.0)
			.containsKey("sku"));
		assertThat((List<?>) this.http.get()
			.uri("/api/analytics/top-products?from=1998-06-01&to=1998-06-02&limit=1")
			.exchange()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody()).hasSize(1);
		assertThat((List<?>) this.shop.get("/api/analytics/top-products?from=1998-06-01&to=1998-06-02&limit=0", 400)
			.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field")).containsExactly("limit");
	}

}
