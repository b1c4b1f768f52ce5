package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.JsonDiff;
import dev.stranglerfig.plans.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every contract test does: send the same request to legacy and to the service, and record each way their
 * answers differ (status, {@code Content-Type}, {@code Location}, and the JSON as the proxy's own shadow comparison
 * sees it, with the plan's ignore rules), so a contract test that passes means a shadow that starts at zero
 * differences. It also keeps track of which of the plan's endpoints were exercised and which the service answered
 * with a success.
 */
final class ContractComparison {

	private static final JsonMapper json = JsonMapper.shared();

	private final Plan plan;

	private final JsonDiff diff;

	private final ContractSide legacy;

	private final ContractSide service;

	private final Set<String> exercised = new TreeSet<>();

	private final Set<String> servedByService = new TreeSet<>();

	private final List<String> mismatches = new ArrayList<>();

	ContractComparison(Plan plan, ContractSide legacy, ContractSide service) {
		this.plan = plan;
		this.diff = new JsonDiff(plan.shadow().ignoredJsonPaths());
		this.legacy = legacy;
		this.service = service;
	}

	/** Sends one request of {@code endpoint} (as the plan names it) to both sides and records how they differ. */
	void call(String endpoint, String method, String path, String body) throws IOException, InterruptedException {
		this.exercised.add(endpoint);
		HttpResponse<String> fromLegacy = this.legacy.send(request(this.legacy, method, path, body));
		HttpResponse<String> fromService = this.service.send(request(this.service, method, path, body));
		String request = method + " " + path;
		if (fromService.statusCode() / 100 == 2) {
			this.servedByService.add(endpoint);
		}
		if (fromLegacy.statusCode() != fromService.statusCode()) {
			this.mismatches.add(request + ": status " + fromLegacy.statusCode() + " vs " + fromService.statusCode()
					+ "; service said " + fromService.body());
			return;
		}
		for (String header : List.of("Content-Type", "Location")) {
			if (!fromLegacy.headers().firstValue(header).equals(fromService.headers().firstValue(header))) {
				this.mismatches.add(request + ": " + header + " " + fromLegacy.headers().firstValue(header) + " vs "
						+ fromService.headers().firstValue(header));
			}
		}
		if (fromLegacy.body().isEmpty() || fromService.body().isEmpty()) {
			if (!fromLegacy.body().equals(fromService.body())) {
				this.mismatches.add(request + ": body '" + fromLegacy.body() + "' vs '" + fromService.body() + "'");
			}
			return;
		}
		this.diff.diff(json.readTree(fromLegacy.body()), json.readTree(fromService.body()))
			.forEach(difference -> this.mismatches.add(request + ": " + difference + "\n  legacy:  " + fromLegacy.body()
					+ "\n  service: " + fromService.body()));
	}

	/** A request to legacy alone (data the service reads from legacy), which must succeed; its JSON body. */
	JsonNode legacyOnly(String method, String path, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = this.legacy.send(request(this.legacy, method, path, body));
		assertThat(response.statusCode()).as(method + " " + path + " in legacy: " + response.body()).isBetween(200, 299);
		return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
	}

	/** A request to the service alone (an API legacy does not serve). */
	HttpResponse<String> serviceOnly(String method, String path, String body) throws IOException, InterruptedException {
		return this.service.send(request(this.service, method, path, body));
	}

	/** No differences, and every endpoint of the plan exercised and answered with a success by the service. */
	void assertAlike() {
		assertThat(this.mismatches).as("responses that differ between legacy and service").isEmpty();
		assertThat(this.exercised).as("every endpoint of the plan is exercised").containsExactlyElementsOf(planEndpoints());
		assertThat(this.servedByService).as("the service answers every endpoint of the plan with a success")
			.containsExactlyElementsOf(planEndpoints());
	}

	/** Every endpoint the plan claims is an operation of the OpenAPI document legacy serves. */
	@SuppressWarnings("unchecked")
	void assertPlanEndpointsAreInLegacysOpenApi() throws IOException, InterruptedException {
		HttpResponse<String> document = this.legacy.send(HttpRequest.newBuilder(this.legacy.uri("/openapi.yaml")));
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) YAMLMapper.builder()
			.build()
			.readValue(document.body(), Map.class)
			.get("paths");
		Set<String> documented = new TreeSet<>();
		paths.forEach((path, operations) -> operations.keySet()
			.forEach(method -> documented.add(method.toUpperCase() + " " + path)));
		assertThat(documented).containsAll(planEndpoints());
	}

	private Set<String> planEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.plan.endpoints().stream().map(Endpoint::id).forEach(endpoints::add);
		return endpoints;
	}

	private static HttpRequest.Builder request(ContractSide side, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(side.uri(path)).header("Accept", "application/json");
		if (body == null) {
			return request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
	}

}
