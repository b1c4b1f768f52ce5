package dev.stranglerfig.proxy.admin;

import dev.stranglerfig.proxy.control.AuditLog;
import dev.stranglerfig.proxy.control.ControlException;
import dev.stranglerfig.proxy.control.ControlException.Kind;
import dev.stranglerfig.proxy.control.ShadowDiffStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code GET /admin/audit} and {@code GET /admin/diffs}: newest first, optionally for one context. */
@Component
class TrailQueries {

	private static final int DEFAULT_LIMIT = 50;

	private static final int MAX_LIMIT = 1000;

	private final AuditLog audit;

	private final ShadowDiffStore diffs;

	TrailQueries(AuditLog audit, ShadowDiffStore diffs) {
		this.audit = audit;
		this.diffs = diffs;
	}

	Mono<ServerResponse> audit(ServerRequest request) {
		String context = request.queryParam("context").orElse(null);
		int limit = limit(request);
		return Mono.fromCallable(() -> this.audit.latest(context, limit))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(entries -> ServerResponse.ok().bodyValue(entries));
	}

	Mono<ServerResponse> diffs(ServerRequest request) {
		String context = request.queryParam("context").orElse(null);
		int limit = limit(request);
		return Mono.fromCallable(() -> this.diffs.latest(context, limit))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(samples -> ServerResponse.ok().bodyValue(samples));
	}

	private static int limit(ServerRequest request) {
		String value = request.queryParam("limit").orElse(null);
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// Answered below, like any other out-of-range value.
		}
		throw new ControlException(Kind.INVALID, "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '"
				+ value + "'");
	}

}
