package dev.stranglerfig.proxy.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import dev.stranglerfig.proxy.control.AuditEntry;
import dev.stranglerfig.proxy.control.AuditLog;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Lets through only requests bearing the admin token. Refusals are audited with the method, path and client
 * address, never with what was sent as a token.
 */
class BearerTokenFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final String PREFIX = "Bearer ";

	private final byte[] token;

	private final AuditLog audit;

	private final JsonMapper json;

	BearerTokenFilter(String token, AuditLog audit, JsonMapper json) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.audit = audit;
		this.json = json;
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		String header = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith(PREFIX) && matches(header.substring(PREFIX.length()))) {
			return next.handle(request);
		}
		String detail = this.json.writeValueAsString(Map.of("method", request.method().name(), "path", request.path(),
				"client", request.remoteAddress().map(Object::toString).orElse("unknown")));
		String reason = (header == null) ? "no Authorization header" : "wrong or malformed bearer token";
		return Mono.fromRunnable(() -> this.audit.record(AuditEntry.of("anonymous", null, "auth-failed", reason, detail)))
			.subscribeOn(Schedulers.boundedElastic())
			.then(Problem.of(HttpStatus.UNAUTHORIZED, "the admin API needs 'Authorization: Bearer <token>' "
					+ "with the token of strangler.proxy.admin-token").response());
	}

	/** Constant time, so the time to refuse says nothing about how much of a guess was right. */
	private boolean matches(String candidate) {
		return MessageDigest.isEqual(this.token, candidate.getBytes(StandardCharsets.UTF_8));
	}

}
