package dev.stranglerfig.legacy.reviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.analytics.HistoricalOrders;
import dev.stranglerfig.legacy.analytics.HistoricalOrders.Line;
import dev.stranglerfig.legacy.catalog.CatalogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewApiIntegrationTests extends LegacyShopIntegrationTest {

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
	void publishesReviewsMarkingVerifiedPurchasesAndUpdatingTheRating() {
		long product = this.catalog.createProduct("Rain jacket", "120.00", null);
		long buyer = this.shop.registerUser();
		long browser = this.shop.registerUser();
		long canceller = this.shop.registerUser();
		this.orders.placeOrder(buyer, "DELIVERED", Instant.now(), Line.of(product, 1, "120.00"));
		this.orders.placeOrder(canceller, "CANCELLED", Instant.now(), Line.of(product, 1, "120.00"));

		Map<String, Object> verified = review(product, buyer, 5, "Keeps me dry");
		assertThat(verified).containsEntry("productId", (int) product)
			.containsEntry("userId", (int) buyer)
			.containsEntry("authorName", "Ada Shopper")
			.containsEntry("rating", 5)
			.containsEntry("title", "Keeps me dry")
			.containsEntry("verifiedPurchase", true)
			.containsKey("createdAt");
		assertThat(review(product, browser, 2, "Too long")).containsEntry("verifiedPurchase", false);
		assertThat(review(product, canceller, 3, "Never arrived")).containsEntry("verifiedPurchase", false);

		assertThat(this.shop.get("/api/products/" + product + "/rating", 200))
			.isEqualTo(Map.of("productId", (int) product, "averageRating", 3.33, "reviewCount", 3));
		assertThat(this.shop.get("/api/products/" + product, 200)).containsEntry("rating",
				Map.of("averageRating", 3.33, "reviewCount", 3));

		Map<String, Object> outbox = this.shop.get("/api/notifications?userId=" + buyer, 200);
		assertThat((List<?>) outbox.get("content")).extracting(n -> (Object) ((Map<?, ?>) n).get("template"))
			.containsExactly("WELCOME", "REVIEW_PUBLISHED");
	}

	@Test
	void listsAProductsReviewsNewestFirstInPages() {
		long product = this.catalog.createProduct("Tent", "300.00", null);
		long first = ShopApi.id(review(product, this.shop.registerUser(), 4, "Roomy"));
		long second = ShopApi.id(review(product, this.shop.registerUser(), 3, "Heavy"));
		long third = ShopApi.id(review(product, this.shop.registerUser(), 5, "Perfect"));

		Map<String, Object> page = this.shop.get("/api/products/" + product + "/reviews?size=2", 200);
		assertThat((List<?>) page.get("content")).extracting(r -> ((Number) ((Map<?, ?>) r).get("id")).longValue())
			.containsExactly(third, second);
		assertThat(page).containsEntry("totalElements", 3).containsEntry("totalPages", 2);
		assertThat((List<?>) this.shop.get("/api/products/" + product + "/reviews?page=1&size=2", 200).get("content"))
			.extracting(r -> ((Number) ((Map<?, ?>) r).get("id")).longValue())
			.containsExactly(first);
		assertThat(this.shop.get("/api/products/" + product + "/reviews?size=0", 400)).containsEntry("type",
				"/problems/validation");
	}

	@Test
	void answersTheLocationOfANewReview() {
		long product = this.catalog.createProduct("Torch", "15.00", null);
		String location = this.http.post()
			.uri("/api/products/" + product + "/reviews")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("userId", this.shop.registerUser(), "rating", 4, "title", "Bright", "body", "Very bright"))
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();

		assertThat(location).matches("/api/reviews/\\d+");
		assertThat(this.shop.get(location, 200)).containsEntry("title", "Bright").containsEntry("body", "Very bright");
	}

	@Test
	void moderatingAReviewAwayRecomputesTheRating() {
		long product = this.catalog.createProduct("Lantern", "25.00", null);
		review(product, this.shop.registerUser(), 5, "Lovely");
		long harsh = ShopApi.id(review(product, this.shop.registerUser(), 1, "Broke"));

		this.http.delete().uri("/api/reviews/" + harsh).exchange().expectStatus().isNoContent();

		assertThat(this.shop.get("/api/products/" + product + "/rating", 200)).containsEntry("averageRating", 5.0)
			.containsEntry("reviewCount", 1);
		assertThat(this.shop.get("/api/reviews/" + harsh, 404)).containsEntry("detail",
				"Review " + harsh + " does not exist");
		this.http.delete().uri("/api/reviews/" + harsh).exchange().expectStatus().isNotFound();
	}

	@Test
	void concurrentReviewsAndRemovalsAllCountInTheRating() throws Exception {
		long product = this.catalog.createProduct("Sleeping bag", "90.00", null);
		List<Long> authors = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			authors.add(this.shop.registerUser());
		}

		List<Integer> published = inParallel(IntStream.range(0, authors.size())
			.mapToObj(i -> (Callable<Integer>) () -> this.http.post()
				.uri("/api/products/" + product + "/reviews")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("userId", authors.get(i), "rating", i % 2 == 0 ? 4 : 5, "title", "Warm"))
				.exchange()
				.returnResult()
				.getStatus()
				.value())
			.toList());

		assertThat(published).containsOnly(201).hasSize(40);
		assertThat(this.shop.get("/api/products/" + product + "/rating", 200)).containsEntry("reviewCount", 40)
			.containsEntry("averageRating", 4.5);

		List<Long> doomed = this.jdbc.sql("SELECT id FROM review WHERE product_id = ? ORDER BY id LIMIT 30")
			.param(product)
			.query(Long.class)
			.list();
		List<Integer> removed = inParallel(doomed.stream()
			.map(id -> (Callable<Integer>) () -> this.http.delete()
				.uri("/api/reviews/" + id)
				.exchange()
				.returnResult()
				.getStatus()
				.value())
			.toList());

		assertThat(removed).containsOnly(204).hasSize(30);
		Map<String, Object> rating = this.shop.get("/api/products/" + product + "/rating", 200);
		assertThat(rating).containsEntry("reviewCount", 10);
		assertThat(((Number) rating.get("averageRating")).doubleValue()).isEqualTo(this.jdbc
			.sql("SELECT round(avg(rating), 2)::float8 FROM review WHERE product_id = ?")
			.param(product)
			.query(Double.class)
			.single());
	}

	@Test
	void rejectsASecondReviewAnInactiveAuthorAndUnknownReferences() {
		long product = this.catalog.createProduct("Compass", "12.00", null);
		long author = this.shop.registerUser();
		review(product, author, 4, "Points north");

		assertThat(this.shop.post("/api/products/" + product + "/reviews",
				Map.of("userId", author, "rating", 1, "title", "Changed my mind"), 409))
			.containsEntry("type", "/problems/duplicate-review")
			.containsEntry("detail", "User " + author + " has already reviewed product " + product);

		long suspended = this.shop.registerUser();
		this.shop.put("/api/users/" + suspended + "/status", Map.of("status", "SUSPENDED"), 200);
		assertThat(this.shop.post("/api/products/" + product + "/reviews",
				Map.of("userId", suspended, "rating", 5, "title", "Great"), 409))
			.containsEntry("type", "/problems/inactive-user");

		assertThat(this.shop.post("/api/products/" + product + "/reviews",
				Map.of("userId", 987654321, "rating", 5, "title", "Great"), 404))
			.containsEntry("detail", "User 987654321 does not exist");
		assertThat(this.shop.post("/api/products/987654321/reviews",
				Map.of("userId", author, "rating", 5, "title", "Great"), 404))
			.containsEntry("detail", "Product 987654321 does not exist");
	}

	@Test
	void rejectsAnInvalidReviewNamingEachField() {
		long product = this.catalog.createProduct("Flask", "18.00", null);

		Map<String, Object> problem = this.shop.post("/api/products/" + product + "/reviews",
				Map.of("rating", 6, "title", ""), 400);

		assertThat(problem).containsEntry("type", "/problems/validation");
		assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactlyInAnyOrder("userId", "rating", "title");
	}

	@Test
	void answersANeutralRatingBeforeTheFirstReviewAnd404ForAnUnknownProduct() {
		long product = this.catalog.createProduct("Hammock", "60.00", null);

		assertThat(this.shop.get("/api/products/" + product + "/rating", 200))
			.isEqualTo(Map.of("productId", (int) product, "averageRating", 0.0, "reviewCount", 0));
		assertThat((List<?>) this.shop.get("/api/products/" + product + "/reviews", 200).get("content")).isEmpty();
		assertThat(this.shop.get("/api/products/987654321/rating", 404)).containsEntry("type", "/problems/not-found");
		assertThat(this.shop.get("/api/products/987654321/reviews", 404)).containsEntry("type",
				"/problems/not-found");
	}

	@Test
	void answersTheRatingsOfManyProductsInOneRead() {
		long rated = this.catalog.createProduct("Tent", "200.00", null);
		long unrated = this.catalog.createProduct("Tent peg", "1.00", null);
		review(rated, this.shop.registerUser(), 4, "Roomy");
		review(rated, this.shop.registerUser(), 5, "Dry all night");

		List<Map<String, Object>> ratings = this.http.get()
			.uri("/api/ratings?productIds=" + unrated + "," + rated + "," + unrated)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(ratings).containsExactly(
				Map.of("productId", (int) unrated, "averageRating", 0.0, "reviewCount", 0),
				Map.of("productId", (int) rated, "averageRating", 4.5, "reviewCount", 2));
		assertThat(this.shop.get("/api/ratings?productIds=", 400)).containsEntry("type", "/problems/validation");
	}

	/** All at once: as many threads as calls, so every request is in flight together. */
	private static List<Integer> inParallel(List<Callable<Integer>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

	private Map<String, Object> review(long productId, long userId, int rating, String title) {
		return this.shop.post("/api/products/" + productId + "/reviews",
				Map.of("userId", userId, "rating", rating, "title", title), 201);
	}

}
