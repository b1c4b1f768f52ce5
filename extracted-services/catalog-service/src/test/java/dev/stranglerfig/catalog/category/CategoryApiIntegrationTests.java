package dev.stranglerfig.catalog.category;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.catalog.CatalogServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryApiIntegrationTests extends CatalogServiceIntegrationTest {

	@Test
	void createsListsAndFindsCategoriesInLegacysShape() {
		String slug = unique("outdoor");
		Map<String, Object> parent = this.http.post()
			.uri("/api/categories")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Outdoor", "slug", slug))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/categories/\\d+")
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		long parentId = id(parent);
		Map<String, Object> child = post("/api/categories",
				Map.of("name", "Tents", "slug", unique("tents"), "parentId", parentId), 201);

		assertThat(parent).containsOnlyKeys("id", "name", "slug", "parentId")
			.containsEntry("name", "Outdoor")
			.containsEntry("slug", slug)
			.containsEntry("parentId", null);
		assertThat(child).containsEntry("parentId", (int) parentId);
		assertThat(get("/api/categories/" + id(child), 200)).isEqualTo(child);
		List<Map<String, Object>> all = this.http.get()
			.uri("/api/categories")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(all).contains(parent, child);
		assertThat(all).extracting(category -> ((Number) category.get("id")).longValue()).isSorted();
	}

	@Test
	void answersAnUnknownCategoryWithLegacysNotFoundProblem() {
		assertThat(get("/api/categories/987654321", 404)).isEqualTo(Map.of("type", "/problems/not-found", "title",
				"Not Found", "status", 404, "detail", "Category 987654321 does not exist", "instance",
				"/api/categories/987654321"));
		assertThat(get("/api/categories/abc", 400)).containsEntry("status", 400).containsEntry("title", "Bad Request");
	}

	@Test
	void rejectsDuplicateSlugsUnknownParentsAndInvalidBodies() {
		String slug = unique("garden");
		post("/api/categories", Map.of("name", "Garden", "slug", slug), 201);

		assertThat(post("/api/categories", Map.of("name", "Garden again", "slug", slug), 409))
			.containsEntry("type", "/problems/duplicate-slug")
			.containsEntry("detail", "A category with slug " + slug + " already exists");
		assertThat(post("/api/categories", Map.of("name", "Orphan", "slug", unique("orphan"), "parentId", 987654321),
				400))
			.containsEntry("type", "/problems/unknown-reference")
			.containsEntry("detail", "parentId: Category 987654321 does not exist");
		Map<String, Object> invalid = post("/api/categories", Map.of("name", "", "slug", "Not A Slug"), 400);
		assertThat(invalid).containsEntry("type", "/problems/validation").containsEntry("detail", "The request is not valid");
		assertThat((List<?>) invalid.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
			.containsExactlyInAnyOrder("name", "slug");
		assertThat(post("/api/categories", "{not json", 400)).containsEntry("detail", "Failed to read request");
	}

}
