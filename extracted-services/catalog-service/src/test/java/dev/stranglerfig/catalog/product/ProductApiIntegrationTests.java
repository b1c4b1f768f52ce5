package dev.stranglerfig.catalog.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.catalog.CatalogServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProductApiIntegrationTests extends CatalogServiceIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void createsAProductInLegacysShapeAndStoresThePriceInMinorUnits() {
		Map<String, Object> category = post("/api/categories", Map.of("name", "Kitchen", "slug", unique("kitchen")), 201);
		String sku = unique("KET");

		Map<String, Object> product = post("/api/products", Map.of("sku", sku, "name", "Kettle", "description",
				"1.7 litres", "price", 19.9, "categoryId", id(category)), 201);

		assertThat(product).containsOnlyKeys("id", "sku", "name", "description", "price", "currency", "category",
				"active", "availableQuantity", "rating", "createdAt", "updatedAt");
		assertThat(product).containsEntry("sku", sku)
			.containsEntry("price", 19.9)
			.containsEntry("currency", "EUR")
			.containsEntry("category", Map.of("id", (int) id(category), "name", "Kitchen", "slug", category.get("slug")))
			.containsEntry("active", true)
			.containsEntry("availableQuantity", 0)
			.containsEntry("rating", Map.of("averageRating", 0.0, "reviewCount", 0));
		assertThat(this.jdbc.sql("SELECT price_minor FROM product WHERE id = ?").param(id(product)).query(Long.class).single())
			.isEqualTo(1990L);
		this.http.get()
			.uri("/api/products/" + id(product))
			.exchange()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("\"price\":19.90,"));
	}

	@Test
	void showsAProductWithStockAndRatingFromLegacy() {
		long id = id(post("/api/products", Map.of("sku", unique("LAMP"), "name", "Lamp", "price", "45.00", "currency",
				"GBP"), 201));
		legacy().stock(id, 7).rating(id, "4.50", 2);

		Map<String, Object> product = get("/api/products/" + id, 200);

		assertThat(product).containsEntry("price", 45.0)
			.containsEntry("currency", "GBP")
			.containsEntry("category", null)
			.containsEntry("description", null)
			.containsEntry("availableQuantity", 7)
			.containsEntry("rating", Map.of("averageRating", 4.5, "reviewCount", 2));
		assertThat(get("/api/products/987654321", 404)).containsEntry("type", "/problems/not-found")
			.containsEntry("detail", "Product 987654321 does not exist");
	}

	@Test
	void searchesActiveProductsByTextCategoryAndStockInPagesWithTwoLegacyCallsAPage() {
		String token = unique("zq");
		Map<String, Object> category = post("/api/categories", Map.of("name", "Lights", "slug", unique("lights")), 201);
		long[] ids = new long[5];
		for (int i = 0; i < ids.length; i++) {
			Map<String, Object> body = new HashMap<>(Map.of("sku", unique("SRCH"), "name", "Lantern " + token + " " + i,
					"price", "10.0" + i));
			if (i % 2 == 0) {
				body.put("categoryId", id(category));
			}
			ids[i] = id(post("/api/products", body, 201));
		}
		put("/api/products/" + ids[4], Map.of("name", "Retired " + token, "price", "1.00", "active", false), 200);
		legacy().stock(ids[1], 3).stock(ids[2], 0).stock(ids[3], 9).rating(ids[3], "3.67", 3);
		long availabilityCalls = legacy().calls("/api/inventory/availability");
		long ratingCalls = legacy().calls("/api/ratings");

		Map<String, Object> secondPage = get("/api/products?query=" + token.toUpperCase() + "&size=2&page=1", 200);

		assertThat(secondPage).containsEntry("page", 1)
			.containsEntry("size", 2)
			.containsEntry("totalElements", 4)
			.containsEntry("totalPages", 2);
		assertThat(content(secondPage)).extracting(p -> p.get("id"), p -> p.get("price"), p -> p.get("availableQuantity"),
				p -> p.get("averageRating"), p -> p.get("reviewCount"), p -> p.get("category"))
			.containsExactly(tuple((int) ids[2], 10.02, 0, 0.0, 0, category.get("slug")),
					tuple((int) ids[3], 10.03, 9, 3.67, 3, null));
		assertThat(content(secondPage).get(0)).containsOnlyKeys("id", "sku", "name", "price", "currency", "category",
				"availableQuantity", "averageRating", "reviewCount");
		assertThat(legacy().calls("/api/inventory/availability")).isEqualTo(availabilityCalls + 1);
		assertThat(legacy().calls("/api/ratings")).isEqualTo(ratingCalls + 1);

		Map<String, Object> inStock = get("/api/products?query=" + token + "&inStock=true&size=1", 200);
		assertThat(inStock).containsEntry("totalElements", 2).containsEntry("totalPages", 2);
		assertThat(content(inStock)).extracting(p -> p.get("id")).containsExactly((int) ids[1]);
		assertThat(content(get("/api/products?query=" + token + "&inStock=true&page=1&size=1", 200)))
			.extracting(p -> p.get("id"))
			.containsExactly((int) ids[3]);
		Map<String, Object> inCategory = get("/api/products?query=" + token + "&category=" + category.get("slug"), 200);
		assertThat(content(inCategory)).extracting(p -> p.get("id")).containsExactly((int) ids[0], (int) ids[2]);
		assertThat(get("/api/products?query=" + token + "&category=no-such-slug", 200)).containsEntry("totalElements", 0)
			.containsEntry("totalPages", 0)
			.containsEntry("content", List.of());
		assertThat(get("/api/products?query=" + token + "%25", 200)).containsEntry("totalElements", 0);
	}

	@Test
	void updatesAProductAndAnswersItsNewStateWithFiguresFromLegacy() {
		long id = id(post("/api/products", Map.of("sku", unique("MUG"), "name", "Mug", "price", "8.00"), 201));
		Map<String, Object> category = post("/api/categories", Map.of("name", "Mugs", "slug", unique("mugs")), 201);
		legacy().stock(id, 12);

		Map<String, Object> updated = put("/api/products/" + id, Map.of("name", "Big mug", "description", "450 ml",
				"price", 9.5, "categoryId", id(category), "active", true), 200);

		assertThat(updated).containsEntry("name", "Big mug")
			.containsEntry("description", "450 ml")
			.containsEntry("price", 9.5)
			.containsEntry("availableQuantity", 12)
			.containsEntry("category", Map.of("id", (int) id(category), "name", "Mugs", "slug", category.get("slug")));
		assertThat(get("/api/products/" + id, 200)).isEqualTo(updated);
	}

	@Test
	void rejectsDuplicatesUnknownReferencesAndInvalidInputLikeLegacy() {
		String sku = unique("DUP");
		long id = id(post("/api/products", Map.of("sku", sku, "name", "Original", "price", "1.00"), 201));

		assertThat(post("/api/products", Map.of("sku", sku, "name", "Copy", "price", "1.00"), 409))
			.containsEntry("type", "/problems/duplicate-sku")
			.containsEntry("detail", "A product with SKU " + sku + " already exists");
		assertThat(post("/api/products", Map.of("sku", unique("REF"), "name", "Lost", "price", "1.00", "categoryId",
				987654321), 400))
			.containsEntry("type", "/problems/unknown-reference")
			.containsEntry("detail", "categoryId: Category 987654321 does not exist");
		assertThat(put("/api/products/" + id, Map.of("name", "Lost", "price", "1.00", "categoryId", 987654321, "active",
				true), 400))
			.containsEntry("type", "/problems/unknown-reference");
		assertThat(put("/api/products/987654321", Map.of("name", "Ghost", "price", "1.00", "active", true), 404))
			.containsEntry("detail", "Product 987654321 does not exist");

		Map<String, Object> invalid = post("/api/products",
				Map.of("sku", "", "name", "Bad", "price", "1.234", "currency", "euro"), 400);
		assertThat(invalid).containsEntry("type", "/problems/validation");
		assertThat(fields(invalid)).containsExactlyInAnyOrder("sku", "price", "currency");
		assertThat(fields(put("/api/products/" + id, Map.of("name", "No price"), 400)))
			.containsExactlyInAnyOrder("price", "active");
		assertThat(fields(get("/api/products?size=101", 400))).containsExactly("size");
		assertThat(fields(get("/api/products?page=-1", 400))).containsExactly("page");
		assertThat(fields(get("/api/products?page=21474837&size=100", 400))).containsExactly("page");
		assertThat(fields(get("/api/products?query=" + "x".repeat(201), 400))).containsExactly("query");
		assertThat(get("/api/products?page=first", 400)).containsEntry("detail",
				"Failed to convert 'page' with value: 'first'");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> content(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("content");
	}

	private static List<Object> fields(Map<String, Object> problem) {
		return ((List<?>) problem.get("errors")).stream().map(e -> (Object) ((Map<?, ?>) e).get("field")).toList();
	}

}
