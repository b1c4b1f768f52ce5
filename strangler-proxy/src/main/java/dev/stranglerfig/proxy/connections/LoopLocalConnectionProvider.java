package dev.stranglerfig.proxy.connections;

import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.netty.channel.EventLoopGroup;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.TransportConfig;

/**
 * One connection pool per event loop. A request is handled on the event loop of the shopper's connection; a pooled
 * backend connection from a shared pool usually lives on another loop, so every request and every response would
 * cross threads twice (a task queued and a loop woken up each way). Connections taken from the caller's own pool
 * were opened on the caller's loop (Reactor Netty opens a new connection on the calling loop) and stay there.
 * Callers not on an event loop share one pool.
 */
public final class LoopLocalConnectionProvider implements ConnectionProvider {

	private final Supplier<ConnectionProvider> newPool;

	private final ConnectionProvider shared;

	private final Map<EventExecutor, ConnectionProvider> perLoop = new ConcurrentHashMap<>();

	public LoopLocalConnectionProvider(Supplier<ConnectionProvider> newPool) {
		this.newPool = newPool;
		this.shared = newPool.get();
	}

	@Override
	public Mono<? extends Connection> acquire(TransportConfig config, ConnectionObserver connectionObserver,
			@Nullable Supplier<? extends SocketAddress> remoteAddress,
			@Nullable AddressResolverGroup<?> resolverGroup) {
		return poolFor(config).acquire(config, connectionObserver, remoteAddress, resolverGroup);
	}

	private ConnectionProvider poolFor(TransportConfig config) {
		EventLoopGroup loops = config.loopResources().onClient(config.isPreferNative());
		for (EventExecutor loop : loops) {
			if (loop.inEventLoop()) {
				return this.perLoop.computeIfAbsent(loop, (ignored) -> this.newPool.get());
			}
		}
		return this.shared;
	}

	@Override
	public Mono<Void> disposeLater() {
		return Mono.defer(() -> Mono.when(this.perLoop.values().stream().map(ConnectionProvider::disposeLater).toList())
			.and(this.shared.disposeLater()));
	}

	@Override
	public void disposeWhen(SocketAddress remoteAddress) {
		this.perLoop.values().forEach((pool) -> pool.disposeWhen(remoteAddress));
		this.shared.disposeWhen(remoteAddress);
	}

	@Override
	public int maxConnections() {
		return this.shared.maxConnections();
	}

	@Override
	public @Nullable String name() {
		return this.shared.name();
	}

}
