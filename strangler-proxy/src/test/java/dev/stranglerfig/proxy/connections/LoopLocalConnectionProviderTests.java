package dev.stranglerfig.proxy.connections;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import static org.assertj.core.api.Assertions.assertThat;

class LoopLocalConnectionProviderTests {

	private final LoopResources loops = LoopResources.create("loop-local-test", 2, true);

	private final DisposableServer backend = HttpServer.create()
		.host("127.0.0.1")
		.port(0)
		.handle((request, response) -> response.sendString(Mono.just(request.remoteAddress().toString())))
		.bindNow();

	private final ConnectionProvider connections = new LoopLocalConnectionProvider(
			() -> ConnectionProvider.builder("test").maxConnections(4).build());

	private final HttpClient client = HttpClient.create(this.connections)
		.runOn(this.loops)
		.baseUrl("http://127.0.0.1:" + this.backend.port());

	@AfterEach
	void close() {
		this.connections.disposeLater().block(Duration.ofSeconds(10));
		this.backend.disposeNow();
		this.loops.disposeLater().block(Duration.ofSeconds(10));
	}

	@Test
	void aRequestSentFromAnEventLoopUsesAConnectionOfThatLoopAndReusesIt() {
		List<EventExecutor> both = List.of(this.loops.onClient(true).next(), this.loops.onClient(true).next());
		assertThat(both.get(0)).isNotSameAs(both.get(1));
		Set<String> clientAddresses = new HashSet<>();

		// Taking turns: a shared pool hands the connection the other loop opened to the next caller.
		for (int i = 0; i < 10; i++) {
			EventExecutor caller = both.get(i % 2);
			Served served = sendFrom(caller);
			assertThat(served.loop()).as("request %d: the connection's event loop", i).isSameAs(caller);
			clientAddresses.add(served.clientAddress());
		}
		assertThat(clientAddresses).as("one connection per loop, reused").hasSize(2);
	}

	@Test
	void aRequestSentFromAnyOtherThreadIsServedToo() {
		assertThat(this.client.get().uri("/").responseContent().aggregate().asString().block(Duration.ofSeconds(10)))
			.startsWith("/127.0.0.1:");
	}

	private Served sendFrom(EventExecutor caller) {
		CompletableFuture<Served> served = new CompletableFuture<>();
		caller.execute(() -> this.client.get()
			.uri("/")
			.responseConnection((response, connection) -> connection.inbound()
				.receive()
				.aggregate()
				.asString()
				.map(body -> new Served(connection.channel().eventLoop(), body)))
			.single()
			.subscribe(served::complete, served::completeExceptionally));
		return served.orTimeout(10, TimeUnit.SECONDS).join();
	}

	private record Served(EventLoop loop, String clientAddress) {
	}

}
