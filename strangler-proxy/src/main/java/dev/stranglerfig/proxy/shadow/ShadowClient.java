package dev.stranglerfig.proxy.shadow;

import java.util.Locale;
import java.util.Set;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import dev.stranglerfig.proxy.ProxyProperties;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** Sends a shadow copy of a request to the service and keeps a bounded copy of its answer. */
@Component
final class ShadowClient {

	/** Hop-by-hop headers (RFC 9110 7.6.1) and those the client sets itself. */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
			"content-length");

	private final WebClient client;

	private final int bodyLimit;

	ShadowClient(ProxyProperties properties) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.serviceConnectTimeout().toMillis())
			.responseTimeout(properties.serviceResponseTimeout());
		this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		this.bodyLimit = properties.shadowBodyLimit();
	}

	Mono<CapturedResponse> send(ShadowRequest request) {
		WebClient.RequestBodySpec spec = this.client.method(request.method())
			.uri(request.uri())
			.headers(headers -> copy(request.headers(), headers));
		if (request.body().length > 0) {
			spec.bodyValue(request.body());
		}
		return spec.exchangeToMono(response -> {
			CapturedBody body = new CapturedBody(this.bodyLimit);
			return response.bodyToFlux(DataBuffer.class).doOnNext(buffer -> {
				body.append(buffer);
				DataBufferUtils.release(buffer);
			}).then(Mono.fromSupplier(() -> new CapturedResponse(response.statusCode().value(),
					response.headers().asHttpHeaders(), body)));
		});
	}

	private static void copy(HttpHeaders from, HttpHeaders to) {
		from.forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
				to.addAll(name, values);
			}
		});
	}

}
