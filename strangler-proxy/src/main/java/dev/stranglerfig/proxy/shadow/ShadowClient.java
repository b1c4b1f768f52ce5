package dev.stranglerfig.proxy.shadow;

import java.util.List;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.AsciiString;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.connections.LoopLocalConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.support.Netty4HeadersAdapter;
import org.springframework.stereotype.Component;

/**
 * Sends a shadow copy of a request to the service and keeps a bounded copy of its answer. Reactor Netty's client
 * straight, not WebClient: a shadow request needs none of WebClient's codecs or exchange filters.
 */
@Component
final class ShadowClient implements DisposableBean {

	/** Hop-by-hop headers (RFC 9110 7.6.1) and those the client sets itself. */
	private static final List<AsciiString> NOT_FORWARDED = List.of(HttpHeaderNames.CONNECTION,
			HttpHeaderNames.KEEP_ALIVE, HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
			AsciiString.cached("proxy-connection"), HttpHeaderNames.TE, HttpHeaderNames.TRAILER,
			HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.UPGRADE, HttpHeaderNames.HOST,
			HttpHeaderNames.CONTENT_LENGTH);

	/** The mirror bounds how many shadow calls are in flight, so a pool never needs to make one wait. */
	private final ConnectionProvider connections = new LoopLocalConnectionProvider(() -> ConnectionProvider
		.builder("shadow")
		.maxConnections(ShadowMirror.MAX_IN_FLIGHT)
		.pendingAcquireMaxCount(-1)
		.build());

	private final HttpClient http;

	private final int bodyLimit;

	ShadowClient(ProxyProperties properties) {
		this.http = HttpClient.create(this.connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.serviceConnectTimeout().toMillis())
			.responseTimeout(properties.serviceResponseTimeout());
		this.bodyLimit = properties.shadowBodyLimit();
	}

	Mono<CapturedResponse> send(ShadowRequest request) {
		HttpClient.RequestSender sender = this.http.headers(headers -> copy(request.headers(), headers))
			.request(HttpMethod.valueOf(request.method().name()))
			.uri(request.uri());
		HttpClient.ResponseReceiver<?> receiver = (request.body().length > 0)
				? sender.send(ByteBufFlux.fromInbound(Mono.just(request.body()))) : sender;
		return receiver.response((response, content) -> {
			CapturedBody body = new CapturedBody(this.bodyLimit);
			// Reactor Netty releases each buffer once it has been handed on; the body keeps a copy.
			return content.doOnNext(body::append)
				.then(Mono.fromSupplier(() -> new CapturedResponse(response.status().code(),
						new org.springframework.http.HttpHeaders(new Netty4HeadersAdapter(response.responseHeaders())), body)));
		}).single();
	}

	@Override
	public void destroy() {
		this.connections.dispose();
	}

	private static void copy(HttpHeaders from, HttpHeaders to) {
		to.add(from);
		for (AsciiString name : NOT_FORWARDED) {
			to.remove(name);
		}
	}

}
