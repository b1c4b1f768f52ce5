package dev.stranglerfig.proxy.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.stranglerfig.plans.ServiceTarget;
import dev.stranglerfig.proxy.ProxyProperties;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.stereotype.Component;

/**
 * One gateway route per service. The gateway keeps the shopper's path and query and takes scheme, host and port
 * from the route; its HTTP client reads the service timeouts from the route's metadata.
 */
@Component
final class ServiceRoutes {

	private final Map<ServiceTarget, Route> routes = new ConcurrentHashMap<>();

	private final ProxyProperties properties;

	ServiceRoutes(ProxyProperties properties) {
		this.properties = properties;
	}

	Route route(ServiceTarget service) {
		return this.routes.computeIfAbsent(service, target -> Route.async()
			.id("service:" + target.name())
			.uri(target.url())
			.predicate(exchange -> true)
			.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) this.properties.serviceConnectTimeout().toMillis())
			.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, this.properties.serviceResponseTimeout().toMillis())
			.build());
	}

}
