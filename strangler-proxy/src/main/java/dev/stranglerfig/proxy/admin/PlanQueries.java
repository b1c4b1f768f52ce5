package dev.stranglerfig.proxy.admin;

import dev.stranglerfig.proxy.control.ControlException;
import dev.stranglerfig.proxy.control.ControlException.Kind;
import dev.stranglerfig.proxy.control.LivePlans;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code GET /admin/plans[/{context}]}: served from this replica's routing state, no database round trip. */
@Component
class PlanQueries {

	private final LivePlans plans;

	PlanQueries(LivePlans plans) {
		this.plans = plans;
	}

	Mono<ServerResponse> list(ServerRequest request) {
		return ServerResponse.ok().bodyValue(this.plans.plans().stream().map(PlanView::of).toList());
	}

	Mono<ServerResponse> get(ServerRequest request) {
		String context = request.pathVariable("context");
		return this.plans.plan(context)
			.map(plan -> ServerResponse.ok().bodyValue(PlanView.of(plan)))
			.orElseGet(() -> Mono.error(
					new ControlException(Kind.UNKNOWN_CONTEXT, "no plan has the context '" + context + "'")));
	}

}
