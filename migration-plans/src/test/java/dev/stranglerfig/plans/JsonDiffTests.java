package dev.stranglerfig.plans;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonDiffTests {

	@Test
	void namesChangedMissingAndExtraFieldsAndArrayElements() {
		List<String> differences = new JsonDiff(List.of()).diff(
				json("{\"email\":\"a@x\",\"name\":\"Ada\",\"content\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"old\":1}"),
				json("{\"email\":\"b@x\",\"name\":\"Ada\",\"content\":[{\"name\":\"a\"},{\"name\":\"B\"},{}],\"new\":2}"));

		assertThat(differences).containsExactly("$.email", "$.content[1].name", "$.content[2]", "$.old", "$.new");
	}

	@Test
	void fieldOrderAndNumberFormDoNotMatter() {
		assertThat(new JsonDiff(List.of()).diff(json("{\"a\":1,\"b\":2.50}"), json("{\"b\":2.5,\"a\":1.0}"))).isEmpty();
	}

	@Test
	void ignoredPathsCoverFieldsWildcardsIndexesAndDescendants() {
		JsonDiff differ = new JsonDiff(
				List.of("$.updatedAt", "$.content[*].id", "$.content[0].price", "$..etag", "$['odd key']"));

		List<String> differences = differ.diff(
				json("{\"updatedAt\":1,\"content\":[{\"id\":1,\"price\":3,\"meta\":{\"etag\":\"x\"}},{\"id\":2,\"price\":4}],"
						+ "\"odd key\":1}"),
				json("{\"updatedAt\":{\"at\":2},\"content\":[{\"id\":9,\"price\":5,\"meta\":{\"etag\":\"y\"}},{\"id\":8,\"price\":6}],"
						+ "\"odd key\":2}"));

		assertThat(differences).containsExactly("$.content[1].price");
	}

	@Test
	void typeChangesAndOddNamesAreReported() {
		assertThat(new JsonDiff(List.of()).diff(json("{\"a b\":[1],\"n\":null}"), json("{\"a b\":{\"0\":1},\"n\":0}")))
			.containsExactly("$['a b']", "$.n");
	}

	@Test
	void unsupportedIgnoreRulesAreRefusedWithTheFormsThatWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> new JsonDiff(List.of("updatedAt")))
			.withMessageContaining("'updatedAt' is not a supported JSON path")
			.withMessageContaining("$.a[*].b");
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
