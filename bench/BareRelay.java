import dev.stranglerfig.proxy.connections.LoopLocalConnectionProvider;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * The floor under the strangler proxy, for bench/proxy.sh: Reactor Netty relaying every request to one backend the
 * way the proxy's transport does (backend connections pooled per event loop, a small response written in one go),
 * with no gateway, routing table or metrics, on the proxy's own libraries and JVM. What it adds to a backend's
 * latency is what the runtime under the proxy adds on the machine at hand; what the proxy adds beyond it is its own.
 *
 * <p>Run: {@code java -cp "<the extracted proxy jar>:<its lib directory>/*" bench/BareRelay.java <port> <backend port>}
 */
public class BareRelay {

	public static void main(String[] args) {
		int port = Integer.parseInt(args[0]);
		HttpClient backend = HttpClient
			.create(new LoopLocalConnectionProvider(() -> ConnectionProvider.builder("relay").maxConnections(500).build()))
			.baseUrl("http://127.0.0.1:" + args[1]);
		HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.handle((request, response) -> backend
				.headers(headers -> headers.set(request.requestHeaders()).remove(HttpHeaderNames.HOST))
				.request(request.method())
				.uri(request.uri())
				.send((outbound, out) -> out.send(request.receive().retain()))
				.response((answer, body) -> response.status(answer.status())
					.headers(answer.responseHeaders())
					.send(body.aggregate().retain()))
				.then())
			.bindNow()
			.onDispose()
			.block();
	}

}
