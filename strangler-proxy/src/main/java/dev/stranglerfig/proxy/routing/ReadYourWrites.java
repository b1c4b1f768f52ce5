package dev.stranglerfig.proxy.routing;

import java.time.Duration;

import reactor.core.publisher.Mono;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Read-your-writes while legacy takes a context's writes and the service answers its reads from what the bridge
 * has copied so far: for the plan's {@code readYourWrites} after a shopper's write, their reads of that context stay
 * on legacy, so a shopper who just registered never reads a 404. The write's time travels in a cookie rather than
 * in the proxy, so every replica honours it and the proxy keeps no state per shopper (the way Rails' database
 * selector keeps a session on the primary after a write).
 */
final class ReadYourWrites {

	static final String COOKIE_PREFIX = "strangler-wrote-";

	private ReadYourWrites() {
	}

	/**
	 * Whether a write legacy takes is remembered: from shadow on (so that a move to canary a moment after the write
	 * still finds it), by the plan's phase or the endpoint's own (a write endpoint kept on legacy while the plan's
	 * reads moved on).
	 */
	static boolean remembers(RouteMatch match) {
		return remembers(match.plan().phase()) || remembers(match.phase());
	}

	private static boolean remembers(Phase phase) {
		return phase == Phase.SHADOW || phase == Phase.CANARY || phase == Phase.READS;
	}

	/**
	 * Whether a recent write keeps reads on legacy in {@code phase}: only while legacy still takes the writes. From
	 * {@code writes} on the service has them all (the handover drained the bridge first).
	 */
	static boolean holds(Phase phase) {
		return phase == Phase.CANARY || phase == Phase.READS;
	}

	/** Sets the cookie on the write's response, whatever its status: a failed write may have changed something. */
	static void remember(ServerWebExchange exchange, Plan plan, long nowMillis) {
		Duration window = plan.readYourWrites();
		if (window.isZero()) {
			return;
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE_PREFIX + plan.context(), Long.toString(nowMillis))
			.path("/")
			.maxAge(Duration.ofSeconds(window.toSeconds() + 1))
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().addCookie(cookie);
			return Mono.empty();
		});
	}

	/** Whether the request carries a write to the plan's context younger than the plan's window. */
	static boolean wroteRecently(ServerHttpRequest request, Plan plan, long nowMillis) {
		long window = plan.readYourWrites().toMillis();
		if (window == 0) {
			return false;
		}
		HttpCookie cookie = request.getCookies().getFirst(COOKIE_PREFIX + plan.context());
		if (cookie == null) {
			return false;
		}
		try {
			long age = nowMillis - Long.parseLong(cookie.getValue());
			// Replicas' clocks differ a little: a write "from the future" by less than the window still counts.
			return age < window && age > -window;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
