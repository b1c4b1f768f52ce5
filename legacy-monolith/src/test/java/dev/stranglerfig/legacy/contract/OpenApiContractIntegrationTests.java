package dev.stranglerfig.legacy.contract;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract the extracted services implement, so it must list exactly the
 * endpoints the monolith serves: an undocumented endpoint would be missed by the migration, a documented
 * one that does not exist would be built for nothing.
 */
class OpenApiContractIntegrationTests extends LegacyShopIntegrationTest {

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void documentsExactlyTheEndpointsTheShopServes() {
		assertThat(documentedEndpoints()).containsExactlyInAnyOrderElementsOf(servedEndpoints());
	}

	@Test
	void servesTheDocumentItself() {
		this.http.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).startsWith("openapi: 3.1.0"));
	}

	private Set<String> servedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
			.stream()
			.filter(pattern -> pattern.startsWith("/api/"))
			.forEach(pattern -> info.getMethodsCondition()
				.getMethods()
				.forEach(method -> endpoints.add(method.name() + " " + pattern))));
		return endpoints;
	}

	@SuppressWarnings("unchecked")
	private Set<String> documentedEndpoints() {
		Map<String, Object> document = this.http.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.transform(yaml -> (Map<String, Object>) new Yaml().load(yaml));
		Set<String> endpoints = new TreeSet<>();
		((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) -> operations.keySet()
			.stream()
			.filter(HTTP_METHODS::contains)
			.forEach(method -> endpoints.add(method.toUpperCase() + " " + path)));
		return endpoints;
	}

}
