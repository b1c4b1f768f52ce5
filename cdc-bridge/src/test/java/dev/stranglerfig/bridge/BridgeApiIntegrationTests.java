package dev.stranglerfig.bridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's view of a running bridge over HTTP ({@code dev.stranglerfig.bridge.api}): each stream's state and
 * counts, and verify on demand, equal, then different once the service's copy is changed behind the bridge's back.
 */
class BridgeApiIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void showsEachStreamAndVerifiesOnDemand() throws Exception {
		try (BridgeDatabases databases = new BridgeDatabases("api", "legacy")) {
			execute(databases.legacy, "INSERT INTO category (name, slug) VALUES ('Kitchen', 'kitchen'), ('Garden', 'garden')");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				String base = "http://localhost:" + bridge.port() + "/bridge/contexts";
				await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
					JsonNode stream = json.readTree(bridge.get("/bridge/contexts")).get(0);
					assertThat(stream.get("context").asString()).isEqualTo("catalog");
					assertThat(stream.get("direction").asString()).isEqualTo("l2s");
					assertThat(stream.get("stream").asString()).isEqualTo("strangler_catalog_l2s");
					assertThat(stream.get("state").asString()).isEqualTo("RUNNING");
					assertThat(stream.get("applied").asLong()).isEqualTo(2);
					assertThat(stream.get("deadLettered").asLong()).isZero();
					assertThat(stream.get("slotLagBytes").isNumber()).isTrue();
					assertThat(stream.get("lagMillis").isNumber()).isTrue();
				});

				HttpResponse<String> equal = post(base + "/catalog/verify");
				assertThat(equal.statusCode()).isEqualTo(200);
				JsonNode equalReport = json.readTree(equal.body());
				assertThat(equalReport.get("equal").asBoolean()).isTrue();
				assertThat(equalReport.get("report").asString()).contains("public.category -> catalog.category: EQUAL, 2 rows")
					.endsWith("EQUAL\n");

				execute(databases.service, "DELETE FROM catalog.category WHERE slug = 'garden'");
				JsonNode different = json.readTree(post(base + "/catalog/verify").body());
				assertThat(different.get("equal").asBoolean()).isFalse();
				assertThat(different.get("report").asString()).endsWith("DIFFERENT\n");
				JsonNode category = table(different, "public.category");
				assertThat(category.get("equal").asBoolean()).isFalse();
				assertThat(category.get("legacyRows").asLong()).isEqualTo(2);
				assertThat(category.get("serviceRows").asLong()).isEqualTo(1);
				assertThat(category.get("sampleKeys").toString()).contains("missing in the service");

				HttpResponse<String> unknown = post(base + "/orders/verify");
				assertThat(unknown.statusCode()).isEqualTo(404);
				assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
				assertThat(json.readTree(unknown.body()).get("detail").asString())
					.isEqualTo("this bridge does not sync 'orders'; it syncs catalog");
			}
		}
	}

	private static JsonNode table(JsonNode report, String legacyTable) {
		for (JsonNode table : report.get("tables")) {
			if (table.get("legacyTable").asString().equals(legacyTable)) {
				return table;
			}
		}
		throw new AssertionError(legacyTable + " is not in " + report);
	}

	private static HttpResponse<String> post(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
