package dev.stranglerfig.proxy.admin;

import java.time.Duration;

import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.StranglerProxyApplication;
import dev.stranglerfig.proxy.control.AuditLog;
import dev.stranglerfig.proxy.control.ControlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * The admin API on a port of its own ({@code strangler.proxy.admin-port}), so it can be firewalled apart from
 * shopper traffic and is never reachable through the proxy's routes.
 */
@Component
public class AdminServer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(AdminServer.class);

	private final ProxyProperties properties;

	private final RouterFunction<ServerResponse> routes;

	private volatile DisposableServer server;

	AdminServer(ProxyProperties properties, PlanQueries queries, PlanCommands commands, TrailQueries trail,
			TrafficQueries traffic, AuditLog audit, JsonMapper json) {
		this.properties = properties;
		this.routes = RouterFunctions.route()
			.GET("/admin/plans", queries::list)
			.POST("/admin/plans/validate", commands::validate)
			.POST("/admin/plans/reload", commands::reload)
			.GET("/admin/plans/{context}", queries::get)
			.POST("/admin/plans/{context}/phase", commands::phase)
			.POST("/admin/plans/{context}/revert", commands::revert)
			.GET("/admin/audit", trail::audit)
			.GET("/admin/diffs", trail::diffs)
			.GET("/admin/traffic", traffic::traffic)
			.route(request -> true, request -> Problem
				.of(HttpStatus.NOT_FOUND, request.method().name() + " " + request.path() + " is not an admin endpoint")
				.response())
			.onError(ControlException.class, (ex, request) -> problem((ControlException) ex).response())
			.onError(ex -> ex instanceof ServerWebInputException || ex instanceof DecodingException,
					(ex, request) -> Problem.of(HttpStatus.BAD_REQUEST, "the request body cannot be read: "
							+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage()).response())
			// What Spring refuses before a handler runs (e.g. 415 for a form-encoded body) keeps its own status.
			.onError(ResponseStatusException.class, (ex, request) -> {
				ResponseStatusException refusal = (ResponseStatusException) ex;
				HttpStatus status = HttpStatus.resolve(refusal.getStatusCode().value());
				return Problem.of(status != null ? status : HttpStatus.BAD_REQUEST,
						refusal.getReason() != null ? refusal.getReason() : refusal.getMessage()).response();
			})
			.onError(ex -> true, (ex, request) -> {
				logger.error("Admin request {} {} failed", request.method(), request.path(), ex);
				return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage()).response();
			})
			.filter(new BearerTokenFilter(properties.adminToken(), audit, json))
			.build();
	}

	private static Problem problem(ControlException ex) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNKNOWN_CONTEXT -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		return Problem.of(status, ex.getMessage());
	}

	@Override
	public void start() {
		ReactorHttpHandlerAdapter adapter = new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(this.routes));
		// One request per connection: when a keep-alive client's next request arrives while a response finished on
		// a worker thread is still being closed on the event loop, Reactor Netty queued it as pipelined and left it
		// waiting (seen in AdminApiIntegrationTests). Admin traffic is a few requests a minute; nothing is lost.
		this.server = HttpServer.create()
			.port(this.properties.adminPort())
			.handle((request, response) -> adapter.apply(request, response.keepAlive(false)))
			.bindNow();
		logger.info("Admin API listening on port {}", this.server.port());
	}

	@Override
	public void stop() {
		DisposableServer running = this.server;
		this.server = null;
		if (running != null) {
			running.disposeNow(Duration.ofSeconds(10));
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	@Override
	public int getPhase() {
		return StranglerProxyApplication.CONTROL_PLANE_PHASE;
	}

	/** The port bound, useful when configured as 0 (any free port). */
	public int port() {
		DisposableServer running = this.server;
		if (running == null) {
			throw new IllegalStateException("the admin API is not running");
		}
		return running.port();
	}

}
