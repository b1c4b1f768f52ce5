package dev.stranglerfig.proxy.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Failures that prove the request never reached the service (no connection, or the breaker refused the call), so
 * replaying it elsewhere cannot apply it twice. Netty's connect timeout is a {@link ConnectException} too.
 */
final class Unreachable {

	private Unreachable() {
	}

	static boolean test(Throwable error) {
		return causedBy(error, ConnectException.class, UnknownHostException.class, CallNotPermittedException.class);
	}

	/** Whether {@code error} or one of its causes is one of {@code types}. */
	@SafeVarargs
	static boolean causedBy(Throwable error, Class<? extends Throwable>... types) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> type : types) {
				if (type.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean breakerOpen(Throwable error) {
		return error instanceof CallNotPermittedException;
	}

}
