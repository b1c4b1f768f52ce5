package dev.stranglerfig.proxy.connections;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway hands a backend's body on as a stream, and Reactor Netty writes a streamed response's headers first and
 * its body after: two socket writes (and two segments for the shopper to read) for every response. A response whose
 * length the backend declared and that fits {@link #LARGEST} is gathered first and goes out with its headers in one
 * write; larger ones, and streams without a declared length, stream as before.
 */
@Component
final class WholeResponseWrites implements GlobalFilter, Ordered {

	static final long LARGEST = 16 * 1024;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (exchange.getRequest().getMethod() == HttpMethod.HEAD) {
			// A length, but never a body to gather.
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().response(new Gathering(exchange.getResponse())).build());
	}

	@Override
	public int getOrder() {
		// Before the routing filter (whose shadow tee then wraps this response) and the gateway's writer, which
		// writes to the response of the exchange it is handed.
		return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 2;
	}

	private static final class Gathering extends ServerHttpResponseDecorator {

		Gathering(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			long length = getHeaders().getContentLength();
			if (length <= 0 || length > LARGEST || body instanceof Mono) {
				return super.writeWith(body);
			}
			return super.writeWith(DataBufferUtils.join(body));
		}

	}

}
