package dev.stranglerfig.legacy.catalog;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import dev.stranglerfig.legacy.ShopApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogApiIntegrationTests extends LegacyShopIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private CatalogFixtures catalog;

	@BeforeEach
	void fixtures() {
		this.catalog = new CatalogFixtures(this.shop, this.jdbc);
	}

	@Test
	void createsAProductAndShowsItsCategoryStockAndRating() {
		Map<String, Object> category = this.catalog.createCategory();
		String sku = ShopApi.unique("LAMP");
		long id = ShopApi.id(this.shop.post("/api/products", Map.of("sku", sku, "name", "Desk lamp", "description",
				"Warm light", "price", 49.90, "categoryId", category.get("id")), 201));
		this.catalog.stock(id, 10, 3);
		this.catalog.stock(id, 5, 0);

		Map<String, Object> product = this.shop.get("/api/products/" + id, 200);

		assertThat(product).containsEntry("sku", sku)
			.containsEntry("name", "Desk lamp")
			.containsEntry("description", "Warm light")
			.containsEntry("price", 49.9)
			.containsEntry("currency", "EUR")
			.containsEntry("active", true)
			.containsEntry("availableQuantity", 12)
			.containsEntry("rating", Map.of("averageRating", 0.0, "reviewCount", 0))
			.containsEntry("category",
					Map.of("id", category.get("id"), "name", "Garden", "slug", category.get("slug")))
			.containsKeys("createdAt", "updatedAt");
	}

	@Test
	void answersACreatedProductWithItsLocation() {
		this.http.post()
			.uri("/api/products")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("sku", ShopApi.unique("MUG"), "name", "Mug", "price", "7.50"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/products/\\d+")
			.expectBody()
			.jsonPath("$.category")
			.isEmpty()
			.jsonPath("$.availableQuantity")
			.isEqualTo(0);
	}

	@Test
	void rejectsADuplicateSkuAnUnknownCategoryAndInvalidFields() {
		String sku = ShopApi.unique("DUP");
		this.shop.post("/api/products", Map.of("sku", sku, "name", "First", "price", 1), 201);

		assertThat(this.shop.post("/api/products", Map.of("sku", sku, "name", "Second", "price", 1), 409))
			.containsEntry("type", "/problems/duplicate-sku")
			.containsEntry("detail", "A product with SKU " + sku + " already exists");
		assertThat(this.shop.post("/api/products",
				Map.of("sku", ShopApi.unique("ORPHAN"), "name", "Orphan", "price", 1, "categoryId", 987654321), 400))
			.containsEntry("type", "/problems/unknown-reference")
			.containsEntry("detail", "categoryId: Category 987654321 does not exist");

		Map<String, Object> problem = this.shop.post("/api/products",
				Map.of("sku", "", "name", "Cheap", "price", -1, "currency", "eur"), 400);
		assertThat(problem).containsEntry("type", "/problems/validation");
		assertThat(fields(problem)).containsExactlyInAnyOrder("sku", "price", "currency");
		assertThat(fields(this.shop.post("/api/products",
				Map.of("sku", ShopApi.unique("FRAC"), "name", "Fractional", "price", 1.999), 400)))
			.containsExactly("price");
	}

	@Test
	void answersAWrittenPriceWithTheTwoPlacesItsReadsShow() {
		EntityExchangeResult<String> created = this.http.post()
			.uri("/api/products")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("sku", ShopApi.unique("PEG"), "name", "Peg", "price", 5))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult();
		String product = String.valueOf(created.getResponseHeaders().getLocation());

		assertThat(created.getResponseBody()).contains("\"price\":5.00");
		assertThat(body(this.http.get().uri(product))).contains("\"price\":5.00");
		assertThat(body(this.http.put()
			.uri(product)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Peg", "price", 19.9, "active", true)))).contains("\"price\":19.90");
		assertThat(body(this.http.get().uri(product))).contains("\"price\":19.90");
	}

	@Test
	void updatesAProductAndAnswers404ForAnUnknownOne() {
		long id = this.catalog.createProduct("Kettle", "30.00", null);
		Map<String, Object> category = this.catalog.createCategory();

		Map<String, Object> updated = this.shop.put("/api/products/" + id, Map.of("name", "Steel kettle",
				"description", "Boils fast", "price", 34.5, "categoryId", category.get("id"), "active", false), 200);

		assertThat(updated).containsEntry("name", "Steel kettle")
			.containsEntry("description", "Boils fast")
			.containsEntry("price", 34.5)
			.containsEntry("active", false);
		assertThat(updated.get("category")).isInstanceOfSatisfying(Map.class,
				c -> assertThat(c).containsEntry("slug", category.get("slug")));
		assertThat(this.shop.get("/api/products/" + id, 200)).containsEntry("name", "Steel kettle");

		assertThat(this.shop.put("/api/products/987654321",
				Map.of("name", "Ghost", "price", 1, "active", true), 404))
			.containsEntry("type", "/problems/not-found")
			.containsEntry("detail", "Product 987654321 does not exist");
		assertThat(this.shop.get("/api/products/987654321", 404)).containsEntry("type", "/problems/not-found");
		assertThat(fields(this.shop.put("/api/products/" + id, Map.of("name", " ", "price", 1), 400)))
			.containsExactlyInAnyOrder("name", "active");
	}

	@Test
	void searchesActiveProductsByNameSkuOrDescriptionWithStock() {
		String token = ShopApi.unique("zephyr");
		Map<String, Object> category = this.catalog.createCategory();
		long inStock = this.catalog.createProduct("Blue " + token + " chair", "80.00", ShopApi.id(category));
		long soldOut = this.catalog.createProduct(token + " stool", "20.00", null);
		long retired = this.catalog.createProduct(token + " bench", "99.00", null);
		long byDescription = ShopApi.id(this.shop.post("/api/products", Map.of("sku", ShopApi.unique("TBL"), "name",
				"Table", "description", "Pairs with the " + token + " chair", "price", 150), 201));
		this.catalog.stock(inStock, 4, 1);
		this.catalog.stock(soldOut, 2, 2);
		this.shop.put("/api/products/" + retired, Map.of("name", token + " bench", "price", 99, "active", false), 200);

		Map<String, Object> all = this.shop.get("/api/products?query=" + token.toUpperCase(), 200);
		assertThat(ids(all)).containsExactly(inStock, soldOut, byDescription);
		assertThat(((List<?>) all.get("content")).get(0)).isInstanceOfSatisfying(Map.class,
				hit -> assertThat(hit).containsEntry("category", category.get("slug"))
					.containsEntry("price", 80.0)
					.containsEntry("currency", "EUR")
					.containsEntry("availableQuantity", 3)
					.containsEntry("averageRating", 0.0)
					.containsEntry("reviewCount", 0));

		assertThat(ids(this.shop.get("/api/products?query=" + token + "&inStock=true", 200))).containsExactly(inStock);
		assertThat(ids(this.shop.get("/api/products?query=" + token + "&category=" + category.get("slug"), 200)))
			.containsExactly(inStock);

		Map<String, Object> page = this.shop.get("/api/products?query=" + token + "&page=1&size=2", 200);
		assertThat(ids(page)).containsExactly(byDescription);
		assertThat(page).containsEntry("totalElements", 3).containsEntry("totalPages", 2);

		assertThat(fields(this.shop.get("/api/products?size=500", 400))).containsExactly("size");
		assertThat(fields(this.shop.get("/api/products?page=21474837&size=100", 400))).containsExactly("page");
	}

	@Test
	void createsAndListsCategoriesInATree() {
		Map<String, Object> parent = this.catalog.createCategory();
		String slug = ShopApi.unique("roses");
		Map<String, Object> child = this.shop.post("/api/categories",
				Map.of("name", "Roses", "slug", slug, "parentId", parent.get("id")), 201);
		assertThat(child).containsEntry("name", "Roses")
			.containsEntry("slug", slug)
			.containsEntry("parentId", parent.get("id"));
		assertThat(this.shop.get("/api/categories/" + ShopApi.id(child), 200)).isEqualTo(child);

		this.http.get()
			.uri("/api/categories")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.slug == '" + slug + "')].parentId")
			.isEqualTo(List.of(parent.get("id")))
			.jsonPath("$[*].id")
			.value(List.class, ids -> assertThat(ids).isSortedAccordingTo(
					(a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue())));
	}

	@Test
	void rejectsADuplicateSlugAnUnknownParentAndABadSlug() {
		String slug = (String) this.catalog.createCategory().get("slug");

		assertThat(this.shop.post("/api/categories", Map.of("name", "Again", "slug", slug), 409))
			.containsEntry("type", "/problems/duplicate-slug");
		assertThat(this.shop.post("/api/categories",
				Map.of("name", "Orphan", "slug", ShopApi.unique("orphan"), "parentId", 987654321), 400))
			.containsEntry("type", "/problems/unknown-reference")
			.containsEntry("detail", "parentId: Category 987654321 does not exist");
		assertThat(fields(this.shop.post("/api/categories", Map.of("name", "Bad", "slug", "Not A Slug"), 400)))
			.containsExactly("slug");
		assertThat(this.shop.get("/api/categories/987654321", 404)).containsEntry("type", "/problems/not-found");
	}

	private static String body(RestTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private static List<Long> ids(Map<String, Object> page) {
		return ((List<?>) page.get("content")).stream()
			.map(hit -> ((Number) ((Map<?, ?>) hit).get("id")).longValue())
			.toList();
	}

	private static List<String> fields(Map<String, Object> problem) {
		return ((List<?>) problem.get("errors")).stream()
			.map(error -> (String) ((Map<?, ?>) error).get("field"))
			.toList();
	}

}
