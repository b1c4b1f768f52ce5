package dev.stranglerfig.proxy.routing;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.stranglerfig.plans.Phase;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseRoutingIntegrationTests extends ProxyUnderTest {

	@ParameterizedTest(name = "{0}: read -> {1}, write -> {2}")
	@CsvSource({ "legacy, legacy, legacy", "shadow, legacy, legacy", "canary, legacy, legacy", "reads, service, legacy",
			"writes, service, service", "retired, service, service" })
	void eachPhaseSendsReadsAndWritesToItsSides(String phase, String readSide, String writeSide) {
		String base = "/phase-" + phase + "/items";
		route(plan("phase-" + phase, Phase.of(phase), "GET " + base + "/{id}", "PUT " + base + "/{id}"));
		legacy.json("GET", base + "/{id}", 200, "{\"side\":\"legacy\"}").json("PUT", base + "/{id}", 200,
				"{\"side\":\"legacy\"}");
		service.json("GET", base + "/{id}", 200, "{\"side\":\"service\"}").json("PUT", base + "/{id}", 200,
				"{\"side\":\"service\"}");

		HttpResponse<String> read = get(base + "/5?fields=all");
		HttpResponse<String> write = send("PUT", base + "/5", "{\"name\":\"Ada\"}", "Content-Type", "application/json");

		assertThat(read.body()).isEqualTo("{\"side\":\"" + readSide + "\"}");
		assertThat(write.body()).isEqualTo("{\"side\":\"" + writeSide + "\"}");
		assertThat(read.headers().firstValue("X-Strangler-Served-By")).hasValue("phase-" + phase + ":" + readSide);
		assertThat(write.headers().firstValue("X-Strangler-Served-By")).hasValue("phase-" + phase + ":" + writeSide);
		if ("service".equals(writeSide)) {
			assertThat(service.received()).anySatisfy(request -> {
				assertThat(request.method()).isEqualTo("PUT");
				assertThat(request.path()).isEqualTo(base + "/5");
				assertThat(request.body()).isEqualTo("{\"name\":\"Ada\"}");
			});
		}
		if ("service".equals(readSide)) {
			assertThat(service.received()).anySatisfy(request -> {
				assertThat(request.path()).isEqualTo(base + "/5");
				assertThat(request.query()).isEqualTo("fields=all");
			});
		}
	}

}
