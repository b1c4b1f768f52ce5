package dev.stranglerfig.proxy.shadow;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.resolver.dns.DnsAddressResolverGroup;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.LoopResources;

import dev.stranglerfig.proxy.ProxyProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.support.Netty4HeadersAdapter;
import org.springframework.stereotype.Component;

/**
 * Sends a shadow copy of a request to the service over Netty's HTTP/1.1 codec, on the event loop that served the
 * shopper, and keeps a bounded copy of the answer. Not Reactor Netty's client, which the gateway uses for the
 * shopper's own call: per call, that client copies its configuration, runs a connection pool's acquire and a chain
 * of Reactor operators, and adds and removes a timeout handler, which together cost about 0.4 of a whole proxied
 * request. A shadow call needs none of it: a request written on a kept-alive connection of the same loop, a
 * response read into a bounded buffer, a deadline.
 */
@Component
final class ShadowClient implements DisposableBean {

	/** Hop-by-hop headers (RFC 9110 7.6.1), those this client sets itself, and {@code Expect}: the body goes at once. */
	private static final List<AsciiString> NOT_FORWARDED = List.of(HttpHeaderNames.CONNECTION,
			AsciiString.cached("keep-alive"), HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
			AsciiString.cached("proxy-connection"), HttpHeaderNames.TE, HttpHeaderNames.TRAILER,
			HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.UPGRADE, HttpHeaderNames.HOST,
			HttpHeaderNames.CONTENT_LENGTH, HttpHeaderNames.EXPECT);

	/** Requests that may be sent twice (RFC 9110 9.2.1). */
	private static final Set<org.springframework.http.HttpMethod> SAFE_METHODS = Set.of(
			org.springframework.http.HttpMethod.GET, org.springframework.http.HttpMethod.HEAD,
			org.springframework.http.HttpMethod.OPTIONS, org.springframework.http.HttpMethod.TRACE);

	private final Map<EventLoop, LoopConnections> connections = new ConcurrentHashMap<>();

	private final LoopResources loopResources = HttpResources.get();

	/** The loops that serve shoppers (Reactor Netty's server and clients share them). */
	private final EventLoopGroup loops = this.loopResources.onClient(LoopResources.DEFAULT_NATIVE);

	/** Service names are resolved without blocking a loop, as Reactor Netty's client does. */
	private final DnsAddressResolverGroup resolver = new DnsAddressResolverGroup(new DnsNameResolverBuilder()
		.datagramChannelType(this.loopResources.onChannelClass(DatagramChannel.class, this.loops)));

	private final int connectTimeoutMillis;

	private final long deadlineNanos;

	private final int bodyLimit;

	private volatile SslContext tls;

	ShadowClient(ProxyProperties properties) {
		this.connectTimeoutMillis = (int) properties.serviceConnectTimeout().toMillis();
		this.deadlineNanos = properties.serviceResponseTimeout().toNanos();
		this.bodyLimit = properties.shadowBodyLimit();
	}

	/** The service's answer; an error when it cannot be reached, closes early or is not done within the deadline. */
	Mono<CapturedResponse> send(ShadowRequest request) {
		return Mono.create(sink -> {
			EventLoop loop = loop();
			if (loop.inEventLoop()) {
				connections(loop).send(request, sink);
			}
			else {
				loop.execute(() -> connections(loop).send(request, sink));
			}
		});
	}

	@Override
	public void destroy() {
		this.connections.values().forEach(LoopConnections::close);
		this.resolver.close();
	}

	/**
	 * The event loop running this thread: the one that served the shopper. Asked of the thread, not of the shopper's
	 * channel, which a shopper who closed the connection has already taken off its loop. Callers off the loops (a
	 * recheck after its delay) all use the first loop, so that they find its kept connections.
	 */
	private EventLoop loop() {
		EventLoop first = null;
		for (EventExecutor executor : this.loops) {
			if (executor.inEventLoop()) {
				return (EventLoop) executor;
			}
			first = (first != null) ? first : (EventLoop) executor;
		}
		return first;
	}

	private LoopConnections connections(EventLoop loop) {
		return this.connections.computeIfAbsent(loop, LoopConnections::new);
	}

	private SslContext tls() throws SSLException {
		SslContext context = this.tls;
		if (context == null) {
			// Verified against the JVM's trust store, host name included, as Reactor Netty's client does.
			context = SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
			this.tls = context;
		}
		return context;
	}

	/** One event loop's connections to the services, used only on that loop. */
	private final class LoopConnections {

		private final EventLoop loop;

		private final Bootstrap bootstrap;

		private final Map<URI, ArrayDeque<Exchange>> idle = new HashMap<>();

		LoopConnections(EventLoop loop) {
			this.loop = loop;
			this.bootstrap = new Bootstrap().group(loop)
				.channel(ShadowClient.this.loopResources.onChannelClass(SocketChannel.class, loop))
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, ShadowClient.this.connectTimeoutMillis)
				.option(ChannelOption.TCP_NODELAY, true)
				.resolver(ShadowClient.this.resolver);
		}

		void send(ShadowRequest request, MonoSink<CapturedResponse> sink) {
			ArrayDeque<Exchange> kept = this.idle.get(request.backend());
			Exchange exchange = (kept != null) ? kept.pollFirst() : null;
			while (exchange != null && !exchange.channel.isActive()) {
				exchange = kept.pollFirst();
			}
			if (exchange != null) {
				exchange.start(request, sink, true);
			}
			else {
				connect(request, sink);
			}
		}

		private void connect(ShadowRequest request, MonoSink<CapturedResponse> sink) {
			URI backend = request.backend();
			boolean secure = "https".equalsIgnoreCase(backend.getScheme());
			int port = (backend.getPort() != -1) ? backend.getPort() : (secure ? 443 : 80);
			Exchange exchange = new Exchange(backend);
			Bootstrap connecting = this.bootstrap.clone().handler(new ChannelInitializer<Channel>() {
				@Override
				protected void initChannel(Channel channel) throws SSLException {
					if (secure) {
						channel.pipeline().addLast(tls().newHandler(channel.alloc(), backend.getHost(), port));
					}
					channel.pipeline().addLast(new HttpClientCodec(), exchange);
				}
			});
			connecting.connect(InetSocketAddress.createUnresolved(backend.getHost(), port)).addListener(done -> {
				if (done.isSuccess()) {
					exchange.start(request, sink, false);
				}
				else {
					sink.error(done.cause());
				}
			});
		}

		private void keep(Exchange exchange) {
			this.idle.computeIfAbsent(exchange.backend, (ignored) -> new ArrayDeque<>()).addFirst(exchange);
		}

		private void forget(Exchange exchange) {
			ArrayDeque<Exchange> kept = this.idle.get(exchange.backend);
			if (kept != null) {
				kept.remove(exchange);
			}
		}

		void close() {
			// Loops shut down with the server close their channels themselves.
			if (!this.loop.isShuttingDown()) {
				this.loop.execute(() -> this.idle.values().forEach(kept -> kept.forEach(idle -> idle.channel.close())));
			}
		}

		/** One connection's current call: at most one, as HTTP/1.1 without pipelining allows. */
		private final class Exchange extends ChannelInboundHandlerAdapter {

			private final URI backend;

			private Channel channel;

			private ShadowRequest request;

			private MonoSink<CapturedResponse> sink;

			private boolean reused;

			private ScheduledFuture<?> deadline;

			private CapturedBody body;

			private HttpResponse head;

			Exchange(URI backend) {
				this.backend = backend;
			}

			@Override
			public void handlerAdded(ChannelHandlerContext context) {
				this.channel = context.channel();
			}

			void start(ShadowRequest request, MonoSink<CapturedResponse> sink, boolean reused) {
				this.request = request;
				this.sink = sink;
				this.reused = reused;
				this.head = null;
				this.body = new CapturedBody(ShadowClient.this.bodyLimit);
				this.deadline = LoopConnections.this.loop.schedule(() -> {
					fail(new TimeoutException(
							"no complete answer from " + this.backend + " within the service response timeout"));
					this.channel.close();
				}, ShadowClient.this.deadlineNanos, TimeUnit.NANOSECONDS);
				this.channel.writeAndFlush(httpRequest(request)).addListener(written -> {
					if (!written.isSuccess()) {
						fail(written.cause());
						this.channel.close();
					}
				});
			}

			@Override
			public void channelRead(ChannelHandlerContext context, Object message) {
				try {
					if (this.sink == null) {
						// Nothing was asked on this connection: whatever this is, the connection cannot be trusted.
						context.close();
						return;
					}
					if (message instanceof HttpResponse response) {
						if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
							return;
						}
						this.head = response;
					}
					if (message instanceof HttpContent content && this.head != null) {
						this.body.append(content.content());
						if (content instanceof LastHttpContent) {
							finish();
						}
					}
				}
				finally {
					ReferenceCountUtil.release(message);
				}
			}

			private void finish() {
				MonoSink<CapturedResponse> done = this.sink;
				HttpResponse response = this.head;
				this.sink = null;
				this.request = null;
				this.deadline.cancel(false);
				if (HttpUtil.isKeepAlive(response)) {
					keep(this);
				}
				else {
					this.channel.close();
				}
				done.success(new CapturedResponse(response.status().code(),
						new org.springframework.http.HttpHeaders(new Netty4HeadersAdapter(response.headers())),
						this.body));
			}

			private void fail(Throwable cause) {
				MonoSink<CapturedResponse> failed = this.sink;
				if (failed == null) {
					return;
				}
				ShadowRequest again = this.request;
				this.sink = null;
				this.request = null;
				this.deadline.cancel(false);
				// A kept connection the service closed while it sat idle (its keep-alive timeout) fails before any
				// answer; a safe request is sent again on a new connection instead of counting as a difference.
				if (this.reused && this.head == null && !(cause instanceof TimeoutException)
						&& SAFE_METHODS.contains(again.method())) {
					connect(again, failed);
				}
				else {
					failed.error(cause);
				}
			}

			@Override
			public void channelInactive(ChannelHandlerContext context) {
				forget(this);
				fail(new PrematureCloseException(this.backend));
			}

			@Override
			public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
				fail(cause);
				context.close();
			}

		}

	}

	/** The service closed the connection before its answer was complete. */
	static final class PrematureCloseException extends IOException {

		PrematureCloseException(URI backend) {
			super(backend + " closed the connection before its answer was complete");
		}

	}

	private static FullHttpRequest httpRequest(ShadowRequest request) {
		byte[] body = request.body();
		FullHttpRequest http = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1,
				HttpMethod.valueOf(request.method().name()), request.target(),
				(body.length > 0) ? Unpooled.wrappedBuffer(body) : Unpooled.EMPTY_BUFFER);
		HttpHeaders headers = http.headers();
		headers.add(request.headers());
		for (AsciiString name : NOT_FORWARDED) {
			headers.remove(name);
		}
		URI service = request.backend();
		headers.set(HttpHeaderNames.HOST,
				(service.getPort() != -1) ? service.getHost() + ":" + service.getPort() : service.getHost());
		if (body.length > 0) {
			headers.set(HttpHeaderNames.CONTENT_LENGTH, body.length);
		}
		return http;
	}

}
