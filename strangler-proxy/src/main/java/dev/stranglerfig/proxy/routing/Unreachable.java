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
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof CallNotPermittedException) {
				return true;
			}
		}
		return false;
	}

	static boolean breakerOpen(Throwable error) {
		return error instanceof CallNotPermittedException;
	}

}
