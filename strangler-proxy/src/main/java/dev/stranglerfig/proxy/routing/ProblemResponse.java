package dev.stranglerfig.proxy.routing;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/** An RFC 9457 problem answered by the proxy itself, never an HTML error page. */
final class ProblemResponse {

	private ProblemResponse() {
	}

	/** @param retryAfterSeconds a Retry-After header, or 0 for none */
	static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail, long retryAfterSeconds) {
		ObjectNode problem = JsonMapper.shared().createObjectNode()
			.put("type", "about:blank")
			.put("title", status.getReasonPhrase())
			.put("status", status.value())
			.put("detail", detail)
			.put("instance", exchange.getRequest().getPath().value());
		byte[] body = problem.toString().getBytes(StandardCharsets.UTF_8);
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(body.length);
		// The request's body may be unread (the service failed before taking it). Reusing the connection then races
		// the server's cleanup of this exchange against the client's next request, which Reactor Netty cancels
		// unanswered when it loses (seen as shoppers waiting forever after a failed write). A new connection
		// after a rare error costs nothing.
		response.getHeaders().set("Connection", "close");
		if (retryAfterSeconds > 0) {
			response.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
		}
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
