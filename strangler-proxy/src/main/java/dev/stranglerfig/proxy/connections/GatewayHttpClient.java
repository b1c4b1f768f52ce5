package dev.stranglerfig.proxy.connections;

import java.util.List;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.cloud.gateway.config.HttpClientFactory;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.config.HttpClientSslConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's HTTP client, built by the gateway's own factory from its {@code httpclient.*} properties and
 * customizers, with one pool per event loop (see {@link LoopLocalConnectionProvider}). The gateway uses an
 * {@link HttpClient} bean when there is one. Declared as a client, not as a factory bean: Spring would create a
 * factory bean early to learn its type, and with it every bean it needs.
 */
@Configuration(proxyBeanMethods = false)
class GatewayHttpClient {

	@Bean
	HttpClient loopLocalHttpClient(HttpClientProperties properties, ServerProperties serverProperties,
			HttpClientSslConfigurer sslConfigurer, List<HttpClientCustomizer> customizers) {
		return new LoopLocalFactory(properties, serverProperties, sslConfigurer, customizers).createInstance();
	}

	private static final class LoopLocalFactory extends HttpClientFactory {

		LoopLocalFactory(HttpClientProperties properties, ServerProperties serverProperties,
				HttpClientSslConfigurer sslConfigurer, List<HttpClientCustomizer> customizers) {
			super(properties, serverProperties, sslConfigurer, customizers);
		}

		// Overridden only to be callable from the bean method above: the factory's method is protected.
		@Override
		protected HttpClient createInstance() {
			return super.createInstance();
		}

		@Override
		protected ConnectionProvider buildConnectionProvider(HttpClientProperties properties) {
			return new LoopLocalConnectionProvider(() -> super.buildConnectionProvider(properties));
		}

	}

}
