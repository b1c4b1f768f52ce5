package dev.stranglerfig.proxy.shadow;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;

/** Keeps a copy of the request body as legacy reads it, so a shadowed write can be sent to the service too. */
final class TeeRequest extends ServerHttpRequestDecorator {

	private final CapturedBody body;

	TeeRequest(ServerHttpRequest delegate, CapturedBody body) {
		super(delegate);
		this.body = body;
	}

	@Override
	public Flux<DataBuffer> getBody() {
		return super.getBody().doOnNext(this.body::append);
	}

}
