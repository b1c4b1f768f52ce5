package dev.stranglerfig.proxy.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanProblem;
import dev.stranglerfig.proxy.control.AuditEntry;
import dev.stranglerfig.proxy.control.AuditLog;
import dev.stranglerfig.proxy.control.ControlException;
import dev.stranglerfig.proxy.control.ControlException.Kind;
import dev.stranglerfig.proxy.control.LivePlan;
import dev.stranglerfig.proxy.control.LivePlans;
import dev.stranglerfig.proxy.control.PhaseChanges;
import dev.stranglerfig.proxy.control.PlanSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The admin API's writes: phase changes, reverts, plan validation and reload. All are audited. */
@Component
class PlanCommands {

	private static final String DEFAULT_ACTOR = "admin-api";

	private final LivePlans plans;

	private final PhaseChanges changes;

	private final PlanSource source;

	private final AuditLog audit;

	private final JsonMapper json;

	PlanCommands(LivePlans plans, PhaseChanges changes, PlanSource source, AuditLog audit, JsonMapper json) {
		this.plans = plans;
		this.changes = changes;
		this.source = source;
		this.audit = audit;
		this.json = json;
	}

	Mono<ServerResponse> phase(ServerRequest request) {
		String context = request.pathVariable("context");
		return body(request, PhaseRequest.class).flatMap(body -> blocking(() -> {
			if (body.phase() == null) {
				throw new ControlException(Kind.INVALID, "phase is required, e.g. {\"phase\": \"shadow\", \"reason\": ...}");
			}
			Phase phase;
			try {
				phase = Phase.of(body.phase());
			}
			catch (IllegalArgumentException ex) {
				throw new ControlException(Kind.INVALID, ex.getMessage());
			}
			this.changes.apply(context, phase, body.canaryPercent(), body.reason(), actor(body.actor()), forcedDetail(body));
			return view(context);
		})).flatMap(view -> ServerResponse.ok().bodyValue(view));
	}

	Mono<ServerResponse> revert(ServerRequest request) {
		String context = request.pathVariable("context");
		return body(request, RevertRequest.class).flatMap(body -> blocking(() -> {
			this.changes.revert(context, body.reason(), actor(body.actor()));
			return view(context);
		})).flatMap(view -> ServerResponse.ok().bodyValue(view));
	}

	Mono<ServerResponse> validate(ServerRequest request) {
		return request.bodyToMono(String.class).defaultIfEmpty("").flatMap(yaml -> blocking(() -> {
			Plan plan;
			try {
				plan = this.source.parse("request body", yaml);
			}
			catch (InvalidPlanException ex) {
				return rejected("validate-rejected", "the plan is invalid", ex.problems());
			}
			List<Plan> serving = this.plans.plans().stream().map(LivePlan::live).toList();
			List<Plan> proposed = new ArrayList<>(serving);
			proposed.removeIf(other -> other.context().equals(plan.context()));
			proposed.add(plan);
			return routeDiff(plan.context(), serving, proposed);
		})).flatMap(result -> (result instanceof Problem problem) ? problem.response() : ServerResponse.ok().bodyValue(result));
	}

	Mono<ServerResponse> reload(ServerRequest request) {
		return blocking(() -> {
			List<Plan> before = this.plans.plans().stream().map(LivePlan::live).toList();
			List<LivePlan> after;
			try {
				after = this.plans.reload(DEFAULT_ACTOR);
			}
			catch (InvalidPlanException ex) {
				return rejected("reload-rejected", "the plan files are invalid; the plans loaded before keep serving",
						ex.problems());
			}
			return routeDiff(null, before, after.stream().map(LivePlan::live).toList());
		}).flatMap(result -> (result instanceof Problem problem) ? problem.response() : ServerResponse.ok().bodyValue(result));
	}

	private Problem rejected(String action, String detail, List<PlanProblem> problems) {
		List<String> lines = problems.stream().map(PlanProblem::toString).toList();
		this.audit.record(AuditEntry.of(DEFAULT_ACTOR, null, action, detail,
				this.json.writeValueAsString(Map.of("problems", lines))));
		return Problem.of(HttpStatus.BAD_REQUEST, detail + ": " + String.join("; ", lines)).withProblems(lines);
	}

	private static RouteDiff routeDiff(String context, List<Plan> before, List<Plan> after) {
		RouteLines old = RouteLines.of(before);
		RouteLines next = RouteLines.of(after);
		return new RouteDiff(context, old.addedIn(next), old.removedIn(next), List.copyOf(next.lines()));
	}

	/** A forced move's audit detail names the checks the operator overrode; nothing for an ordinary move. */
	private String forcedDetail(PhaseRequest body) {
		if (body.forced() == null || body.forced().isEmpty()) {
			return null;
		}
		return this.json.writeValueAsString(Map.of("forced", body.forced()));
	}

	private PlanView view(String context) {
		return this.plans.plan(context).map(PlanView::of).orElseThrow();
	}

	private static String actor(String actor) {
		return (actor == null || actor.isBlank()) ? DEFAULT_ACTOR : actor;
	}

	private static <T> Mono<T> body(ServerRequest request, Class<T> type) {
		return request.bodyToMono(type)
			.switchIfEmpty(Mono.error(() -> new ControlException(Kind.INVALID, "a JSON body is required")));
	}

	private static <T> Mono<T> blocking(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * @param actor who asks; {@value #DEFAULT_ACTOR} when not given
	 * @param forced the preconditions that failed and the operator overrode ({@code strangler plan advance --force}),
	 * recorded in the audit entry's detail; {@code null} or empty for an ordinary move
	 */
	record PhaseRequest(String phase, Integer canaryPercent, String reason, String actor, List<String> forced) {
	}

	record RevertRequest(String reason, String actor) {
	}

	/**
	 * What applying plans would change in the routes.
	 * @param context the validated plan's context, {@code null} for a reload
	 * @param routes every route line afterwards
	 */
	record RouteDiff(String context, List<String> added, List<String> removed, List<String> routes) {
	}

}
