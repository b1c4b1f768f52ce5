package dev.stranglerfig.proxy.routing;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.testsupport.http.StubHttpServer.RecordedRequest;
import dev.stranglerfig.testsupport.http.StubHttpServer.StubResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PassThroughIntegrationTests extends ProxyUnderTest {

	@Test
	void unclaimedRequestReachesLegacyUnchangedAndItsAnswerComesBackUnchanged() {
		route(plan("pass-users", Phase.WRITES, "GET /pass/users/{id}"));
		legacy.on("POST", "/pass/orders", request -> new StubResponse(201,
				Map.of("Content-Type", "application/json", "X-Legacy", "yes", "Location", "/pass/orders/7"),
				"{\"id\":7,\"echo\":" + request.body() + "}"));

		HttpResponse<String> response = send("POST", "/pass/orders?sort=name%2Cdesc&size=3", "{\"sku\":\"kettle\"}",
				"Content-Type", "application/json", "X-Shopper", "ada");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Legacy")).hasValue("yes");
		assertThat(response.headers().firstValue("Location")).hasValue("/pass/orders/7");
		assertThat(response.headers().firstValue("X-Strangler-Served-By")).as("no plan claimed it").isEmpty();
		assertThat(response.body()).isEqualTo("{\"id\":7,\"echo\":{\"sku\":\"kettle\"}}");
		RecordedRequest received = legacy.received().stream()
			.filter(request -> request.path().equals("/pass/orders"))
			.findFirst()
			.orElseThrow();
		assertThat(received.query()).isEqualTo("sort=name%2Cdesc&size=3");
		assertThat(received.header("X-Shopper")).isEqualTo("ada");
		assertThat(received.body()).isEqualTo("{\"sku\":\"kettle\"}");
	}

	@Test
	void legacysOwnActuatorPathsPassThroughWhileTheProxysAreOnItsManagementPort() {
		legacy.json("GET", "/actuator/health", 200, "{\"status\":\"UP\",\"from\":\"legacy\"}");

		HttpResponse<String> legacysHealth = get("/actuator/health");

		assertThat(legacysHealth.statusCode()).isEqualTo(200);
		assertThat(legacysHealth.body()).isEqualTo("{\"status\":\"UP\",\"from\":\"legacy\"}");
		assertThat(prometheus()).as("the proxy's own metrics").contains("application=\"strangler-proxy\"");
	}

	@Test
	void largeResponseStreamsThroughByteForByte() {
		String large = "x".repeat(5 * 1024 * 1024);
		legacy.on("GET", "/pass/export", request -> new StubResponse(200, Map.of("Content-Type", "text/plain"), large));

		HttpResponse<String> response = get("/pass/export");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).hasSize(large.length()).isEqualTo(large);
	}

	@Test
	void errorStatusesOfLegacyPassThrough() {
		legacy.json("GET", "/pass/missing", 404, "{\"title\":\"Not Found\"}");

		HttpResponse<String> response = get("/pass/missing");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"title\":\"Not Found\"}");
	}

}
