package dev.stranglerfig.proxy.shadow;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerRequest;
import reactor.util.function.Tuple2;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.traffic.ShadowComparison;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The shadow phase: legacy serves the shopper while a copy of its response is kept; once the shopper has it, the
 * same request goes to the service off the shopper's path and the two answers are compared. Mirrors in flight are
 * bounded, so a slow service costs dropped comparisons, never the proxy's memory or the shopper's latency.
 */
@Component
public final class ShadowMirror implements DisposableBean {

	static final int MAX_IN_FLIGHT = 64;

	/** How many times a difference is checked again before it counts. */
	static final int RECHECKS = 2;

	private static final Logger logger = LoggerFactory.getLogger(ShadowMirror.class);

	private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

	/** One comparator per set of ignore rules: compiling the JSON paths per request would cost more than comparing. */
	private final Map<Shadow, ResponseComparator> comparators = new ConcurrentHashMap<>();

	private final Scheduler comparisons = Schedulers.newParallel("shadow-compare", 2);

	private final ShadowClient client;

	private final ComparisonReporter reporter;

	private final int bodyLimit;

	private final URI legacyUrl;

	ShadowMirror(ShadowClient client, ComparisonReporter reporter, ProxyProperties properties) {
		this.client = client;
		this.reporter = reporter;
		this.bodyLimit = properties.shadowBodyLimit();
		this.legacyUrl = properties.legacyUrl();
	}

	/** Serves the request from legacy through the rest of the chain, then mirrors it to the plan's service. */
	public Mono<Void> mirror(ServerWebExchange exchange, GatewayFilterChain chain, Plan plan, Endpoint endpoint) {
		CapturedBody requestBody = new CapturedBody(this.bodyLimit);
		CapturedBody legacyBody = new CapturedBody(this.bodyLimit);
		ServerWebExchange teed = exchange.mutate()
			.request(new TeeRequest(exchange.getRequest(), requestBody))
			.response(new TeeResponse(exchange.getResponse(), legacyBody))
			.build();
		return chain.filter(teed).doOnSuccess(done -> {
			// Only the headers compared are kept: the response's own go with it once it is sent.
			HttpHeaders legacyHeaders = new HttpHeaders();
			for (String name : ResponseComparator.COMPARED_HEADERS) {
				List<String> values = exchange.getResponse().getHeaders().get(name);
				if (values != null) {
					legacyHeaders.addAll(name, values);
				}
			}
			int status = (exchange.getResponse().getStatusCode() != null)
					? exchange.getResponse().getStatusCode().value() : 0;
			send(plan, endpoint, exchange.getRequest(), requestBody, new CapturedResponse(status, legacyHeaders, legacyBody));
		});
	}

	private void send(Plan plan, Endpoint endpoint, ServerHttpRequest request, CapturedBody requestBody,
			CapturedResponse legacy) {
		// A write cut at the limit would reach the service mangled; a full queue means the service is slow already.
		if (requestBody.truncated() || !this.inFlight.tryAcquire()) {
			this.reporter.dropped(plan.context());
			return;
		}
		String method = request.getMethod().name();
		String target = request.getURI().getRawPath()
				+ ((request.getURI().getRawQuery() != null) ? "?" + request.getURI().getRawQuery() : "");
		HttpServerRequest received = ServerHttpRequestDecorator.getNativeRequest(request);
		ShadowRequest shadowRequest = new ShadowRequest(request.getMethod(), plan.service().url(), target,
				received.requestHeaders(), requestBody.bytes());
		Shadow rules = (plan.shadow() != null) ? plan.shadow() : Shadow.DEFAULT;
		ResponseComparator comparator = this.comparators.computeIfAbsent(rules, ResponseComparator::new);
		Function<CapturedResponse, Mono<Compared>> judge = service -> {
			List<String> differences = comparator.compare(legacy, service);
			if (differences.isEmpty() || !recheckable(request, rules)) {
				return Mono.just(new Compared(comparison(plan, endpoint, method, target, legacy, service, differences),
						false));
			}
			// Asked again a moment later, both sides may agree: the data changed between the two reads, or the
			// bridge had not copied legacy's latest write yet. Only a difference that stays counts.
			ShadowRequest legacyAgain = new ShadowRequest(request.getMethod(), this.legacyUrl, target,
					received.requestHeaders(), requestBody.bytes());
			Compared first = new Compared(comparison(plan, endpoint, method, target, legacy, service, differences),
					false);
			return recheck(legacyAgain, shadowRequest, comparator, rules.recheckAfter(), differences, first, RECHECKS,
					(again, still) -> comparison(plan, endpoint, method, target, again.getT1(), again.getT2(), still));
		};
		this.client.send(shadowRequest)
			// Bodies of the same bytes are compared where the answer arrived (handing each to another thread cost
			// more than comparing); bodies to parse are compared off the event loop.
			.flatMap(service -> ResponseComparator.needsParsing(legacy.body(), service.body())
					? Mono.just(service).publishOn(this.comparisons).flatMap(judge) : judge.apply(service))
			.doFinally(signal -> this.inFlight.release())
			.subscribe(compared -> this.reporter.report(compared.comparison(), false, compared.settled()), error -> {
				logger.debug("Shadow request {} {} to {} failed", method, target, plan.service().name(), error);
				CapturedResponse none = new CapturedResponse(0, new HttpHeaders(), new CapturedBody(0));
				this.reporter.report(comparison(plan, endpoint, method, target, legacy, none, List.of("status")), true,
						false);
			});
	}

	/**
	 * Asks both sides again, up to {@code left} times, keeping only the fields that differed every time: each pair of
	 * reads can race a write (a listing's total while products are being added changes every second or so), a real
	 * mismatch differs in every round.
	 */
	private Mono<Compared> recheck(ShadowRequest legacyAgain, ShadowRequest serviceAgain, ResponseComparator comparator,
			Duration after, List<String> differing, Compared last, int left,
			BiFunction<Tuple2<CapturedResponse, CapturedResponse>, List<String>, ShadowComparison> describe) {
		return Mono.delay(after)
			.then(Mono.zip(this.client.send(legacyAgain), this.client.send(serviceAgain)))
			.publishOn(this.comparisons)
			.flatMap(again -> {
				List<String> still = new ArrayList<>(comparator.compare(again.getT1(), again.getT2()));
				still.retainAll(differing);
				Compared now = new Compared(describe.apply(again, still), still.isEmpty());
				return (still.isEmpty() || left <= 1) ? Mono.just(now)
						: recheck(legacyAgain, serviceAgain, comparator, after, still, now, left - 1, describe);
			})
			// A side that fails when asked again proves nothing about the answers before.
			.onErrorReturn(last);
	}

	/** Only reads are asked again: repeating a write would apply it twice. */
	private static boolean recheckable(ServerHttpRequest request, Shadow rules) {
		return !rules.recheckAfter().isZero()
				&& (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD);
	}

	/** @param settled the answers differed at first and agreed when asked again */
	private record Compared(ShadowComparison comparison, boolean settled) {
	}

	private static ShadowComparison comparison(Plan plan, Endpoint endpoint, String method, String target, CapturedResponse legacy,
			CapturedResponse service, List<String> differences) {
		// Bodies are only read for differences (they are what an operator looks at); a match carries none.
		boolean differs = !differences.isEmpty();
		return new ShadowComparison(plan.context(), endpoint.id(), method, target, legacy.status(),
				service.status(), List.copyOf(differences), differs ? legacy.body().text() : "",
				differs ? service.body().text() : "");
	}

	@Override
	public void destroy() {
		this.comparisons.dispose();
	}

}
