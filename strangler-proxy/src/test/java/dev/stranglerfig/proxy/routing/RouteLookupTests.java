package dev.stranglerfig.proxy.routing;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.cloud.gateway.event.RefreshRoutesResultEvent;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.accept.ApiVersionStrategy;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RouteLookupTests {

	private final AtomicReference<List<Route>> routes = new AtomicReference<>();

	private final RouteLookup lookup = new RouteLookup(new FilteringWebHandler(List.of(), false),
			() -> Flux.fromIterable(this.routes.get()), new GlobalCorsProperties(), new StandardEnvironment(),
			new DefaultListableBeanFactory().getBeanProvider(ApiVersionStrategy.class));

	@Test
	void theFirstRouteWhosePredicateMatchesWinsAndAThrowingPredicateDoesNotMatch() {
		this.routes.set(List.of(route("throws", exchange -> {
			throw new IllegalStateException("broken predicate");
		}), route("admin", exchange -> exchange.getRequest().getPath().value().startsWith("/admin")),
				route("first-catch-all", exchange -> true), route("second-catch-all", exchange -> true)));

		assertThat(lookUp("/admin/users")).isEqualTo("admin");
		assertThat(lookUp("/api/products/1")).isEqualTo("first-catch-all");
	}

	@Test
	void noRouteMatchingMeansNone() {
		this.routes.set(List.of(route("admin", exchange -> exchange.getRequest().getPath().value().startsWith("/admin"))));

		assertThat(lookUp("/api/products/1")).isNull();
	}

	@Test
	void routesAreReadOncePerRefresh() {
		this.routes.set(List.of(route("before", exchange -> true)));
		assertThat(lookUp("/")).isEqualTo("before");

		this.routes.set(List.of(route("after", exchange -> true)));
		assertThat(lookUp("/")).as("no refresh yet: the routes read before").isEqualTo("before");

		this.lookup.onApplicationEvent(new RefreshRoutesResultEvent(this));
		assertThat(lookUp("/")).isEqualTo("after");
	}

	private String lookUp(String path) {
		ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
		return this.lookup.lookupRoute(exchange).map(Route::getId).block();
	}

	private static Route route(String id, Predicate<ServerWebExchange> predicate) {
		return Route.async().id(id).uri("http://localhost:1").predicate(predicate).build();
	}

}
