package dev.stranglerfig.proxy.routing;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.handover.WriteHolds;
import dev.stranglerfig.proxy.shadow.ShadowMirror;
import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Decides per request which side serves it, from the routing table in force; unclaimed requests pass through
 * untouched. It runs just before the gateway's response writer, so that a shadowed response can be copied while it
 * streams and a failed service call can be replayed through the rest of the chain, writer included. A request for
 * the service has the catch-all legacy route swapped for the service's route, so the gateway's own URL filter
 * and HTTP client take it from there.
 */
@Component
final class StranglerRoutingFilter implements GlobalFilter, Ordered {

	static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;

	private final RoutingTableSource tables;

	private final SideOverride override;

	private final ServiceCall serviceCall;

	private final ShadowMirror shadow;

	private final TrafficRecorder recorder;

	private final String servedByHeader;

	private final WriteHolds holds;

	private final ReadYourWrites readYourWrites;

	StranglerRoutingFilter(RoutingTableSource tables, SideOverride override, ServiceCall serviceCall,
			ShadowMirror shadow, TrafficRecorder recorder, ProxyProperties properties, WriteHolds holds,
			ReadYourWrites readYourWrites) {
		this.tables = tables;
		this.override = override;
		this.serviceCall = serviceCall;
		this.shadow = shadow;
		this.recorder = recorder;
		this.servedByHeader = properties.servedByHeader();
		this.holds = holds;
		this.readYourWrites = readYourWrites;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		Optional<RouteMatch> claimed = this.tables.current()
			.match(request.getMethod().name(), request.getPath().pathWithinApplication().value());
		if (claimed.isEmpty()) {
			return chain.filter(exchange);
		}
		RouteMatch match = claimed.get();
		if (match.endpoint().safe() || match.plan().tables() == null || match.plan().tables().isEmpty()) {
			return route(exchange, chain, match);
		}
		// A write to data the bridge keeps in sync passes the context's gate, which a handover closes.
		String context = match.plan().context();
		return this.holds.enter(context).flatMap(gate -> switch (gate) {
			case PASS -> route(exchange, chain, match).doFinally(signal -> this.holds.leave(context));
			case RELEASED -> filter(exchange, chain);
			case ABORTED -> ProblemResponse.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "The ownership of " + context
					+ " data was being handed over and the handover was aborted; " + match.endpoint().id()
					+ " was not applied and is safe to retry.", 1);
			case FENCED -> ProblemResponse.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "This proxy has lost touch "
					+ "with the control database and cannot tell who owns " + context + " data; " + match.endpoint().id()
					+ " was not applied and is safe to retry.", 1);
		});
	}

	private Mono<Void> route(ServerWebExchange exchange, GatewayFilterChain chain, RouteMatch match) {
		ServerHttpRequest request = exchange.getRequest();
		Canary canary = (match.plan().canary() != null) ? match.plan().canary() : Canary.NONE;
		Side forced = this.override.forced(request);
		Decision decision = SideDecision.decide(match, forced,
				() -> Cohort.bucket(Cohort.key(request, canary.cohort())), () -> ThreadLocalRandom.current().nextDouble());
		Served.Why why = Served.Why.ROUTED;
		if (decision.side() == Side.LEGACY && !match.endpoint().safe() && ReadYourWrites.remembers(match)) {
			this.readYourWrites.remember(exchange, match.plan());
		}
		else if (decision.side() == Side.SERVICE && ReadYourWrites.holds(match.phase()) && match.endpoint().safe()
				&& forced == null && this.readYourWrites.keepsOnLegacy(request, match.plan())) {
			decision = Decision.LEGACY;
			why = Served.Why.OWN_WRITE;
			this.recorder.ownWriteRead(match);
		}
		long start = System.nanoTime();
		Served.mark(exchange, decision.side(), why);
		if (!this.servedByHeader.isEmpty()) {
			// At commit, not now: a fallback to legacy changes who served.
			exchange.getResponse().beforeCommit(() -> {
				Served served = Served.of(exchange);
				exchange.getResponse().getHeaders().set(this.servedByHeader,
						match.plan().context() + ":" + served.side().value() + served.why().suffix);
				return Mono.empty();
			});
		}
		Mono<Void> served;
		if (decision.side() == Side.SERVICE) {
			served = this.serviceCall.serve(exchange, chain, match);
		}
		else if (decision.mirror()) {
			served = this.shadow.mirror(exchange, chain, match.plan(), match.endpoint());
		}
		else {
			served = chain.filter(exchange);
		}
		// Cancelled too (the shopper gave up): a service that hangs past its shoppers' patience must show in the guards.
		return served.doFinally(signal -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			this.recorder.record(match, Served.of(exchange), (status != null) ? status.value() : 0,
					System.nanoTime() - start, signal == SignalType.CANCEL);
		});
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
