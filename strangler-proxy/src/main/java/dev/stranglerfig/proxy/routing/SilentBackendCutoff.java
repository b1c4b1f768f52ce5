package dev.stranglerfig.proxy.routing;

import dev.stranglerfig.proxy.ProxyProperties;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.stereotype.Component;

/**
 * Bounds how long a backend may go silent while sending a response. The gateway's response timeout only
 * covers the wait for the headers; a backend frozen half-way through a body (a GC pause that never ends, a
 * wedged process keeping its socket open) would otherwise hold the shopper forever. Reactor Netty's response
 * timeout applies between reads while a response is in flight, not to idle pooled connections.
 */
@Component
class SilentBackendCutoff implements HttpClientCustomizer {

	private final ProxyProperties properties;

	SilentBackendCutoff(ProxyProperties properties) {
		this.properties = properties;
	}

	@Override
	public HttpClient customize(HttpClient httpClient) {
		return httpClient.responseTimeout(this.properties.backendReadTimeout());
	}

}
