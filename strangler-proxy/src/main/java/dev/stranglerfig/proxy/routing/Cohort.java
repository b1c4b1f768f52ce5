package dev.stranglerfig.proxy.routing;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import dev.stranglerfig.plans.CohortSource;

import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * A shopper's canary bucket. The bucket depends on the shopper's key only (not on the plan or endpoint), so one
 * shopper is on the same side across every endpoint of every plan, and raising a percent only adds shoppers.
 */
final class Cohort {

	static final int BUCKETS = 100;

	private Cohort() {
	}

	/** The first present cohort source, else the client address (first X-Forwarded-For hop, else the peer). */
	static String key(ServerHttpRequest request, List<CohortSource> sources) {
		for (CohortSource source : sources) {
			String value = switch (source.kind()) {
				case HEADER -> request.getHeaders().getFirst(source.name());
				case COOKIE -> cookie(request, source.name());
			};
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return clientAddress(request);
	}

	/** 0..99 from the first bytes of the key's SHA-256: stable across JVMs and versions, unlike hashCode. */
	static int bucket(String key) {
		byte[] hash = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
		long value = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
		return (int) (value % BUCKETS);
	}

	private static String cookie(ServerHttpRequest request, String name) {
		HttpCookie cookie = request.getCookies().getFirst(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	private static String clientAddress(ServerHttpRequest request) {
		String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
		if (forwarded != null && !forwarded.isBlank()) {
			return forwarded.split(",", 2)[0].trim();
		}
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
