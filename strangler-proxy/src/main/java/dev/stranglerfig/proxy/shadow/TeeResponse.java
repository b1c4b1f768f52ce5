package dev.stranglerfig.proxy.shadow;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/** Streams legacy's response to the shopper unchanged while keeping a bounded copy for the comparison. */
final class TeeResponse extends ServerHttpResponseDecorator {

	private final CapturedBody body;

	TeeResponse(ServerHttpResponse delegate, CapturedBody body) {
		super(delegate);
		this.body = body;
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> chunks) {
		return super.writeWith(Flux.from(chunks).doOnNext(this.body::append));
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> chunks) {
		return super.writeAndFlushWith(Flux.from(chunks).map(inner -> Flux.from(inner).doOnNext(this.body::append)));
	}

}
