package dev.stranglerfig.proxy.routing;

import java.time.Duration;

import reactor.core.publisher.Mono;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Read-your-writes while legacy takes a context's writes and the service answers its reads from what the bridge
 * has copied so far: after a shopper's write their reads of that context stay on legacy until the bridge has applied
 * past the write, and at most for the plan's {@code readYourWrites}, so a shopper who just registered never reads a
 * 404. The write's time travels in a cookie rather than in the proxy, so every replica honours it and the proxy keeps
 * no state per shopper (the way Rails' database selector keeps a session on the primary after a write).
 */
@Component
final class ReadYourWrites {

	static final String COOKIE_PREFIX = "strangler-wrote-";

	/** Added to a write's time for the error in the estimate of the control database's clock. */
	static final long CLOCK_MARGIN_MILLIS = 10;

	private final BridgeProgress progress;

	ReadYourWrites(BridgeProgress progress) {
		this.progress = progress;
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

	/**
	 * Sets the cookie on the write's response, whatever its status (a failed write may have changed something), with
	 * the time the response leaves: legacy has committed by then, so once the bridge has applied everything committed
	 * before that time it has applied the write.
	 */
	void remember(ServerWebExchange exchange, Plan plan) {
		Duration window = plan.readYourWrites();
		if (window.isZero()) {
			return;
		}
		exchange.getResponse().beforeCommit(() -> {
			long wrote = this.progress.now() + CLOCK_MARGIN_MILLIS;
			exchange.getResponse().addCookie(ResponseCookie.from(COOKIE_PREFIX + plan.context(), Long.toString(wrote))
				.path("/")
				.maxAge(Duration.ofSeconds(window.toSeconds() + 1))
				.httpOnly(true)
				.sameSite("Lax")
				.build());
			return Mono.empty();
		});
	}

	/**
	 * Whether the request carries a write to the plan's context younger than the plan's window that the bridge has not
	 * applied into the service yet.
	 */
	boolean keepsOnLegacy(ServerHttpRequest request, Plan plan) {
		long window = plan.readYourWrites().toMillis();
		if (window == 0) {
			return false;
		}
		HttpCookie cookie = request.getCookies().getFirst(COOKIE_PREFIX + plan.context());
		if (cookie == null) {
			return false;
		}
		long wrote;
		try {
			wrote = Long.parseLong(cookie.getValue());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		long age = this.progress.now() - wrote;
		// A write "from the future" by less than the window still counts: the clock estimate is not exact.
		return age < window && age > -window && !this.progress.copied(plan.context(), wrote);
	}

}
