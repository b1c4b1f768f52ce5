package dev.stranglerfig.proxy.routing;

import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.traffic.Side;

import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/** A tester's request to be served by one side: the side header, else the side cookie. */
@Component
final class SideOverride {

	private final String header;

	private final String cookie;

	SideOverride(ProxyProperties properties) {
		this.header = properties.sideHeader();
		this.cookie = properties.sideCookie();
	}

	/** The side asked for, or {@code null} when none (or an unknown value) was given. */
	Side forced(ServerHttpRequest request) {
		String value = request.getHeaders().getFirst(this.header);
		if (value == null) {
			HttpCookie sideCookie = request.getCookies().getFirst(this.cookie);
			value = (sideCookie != null) ? sideCookie.getValue() : null;
		}
		for (Side side : Side.values()) {
			if (side.value().equalsIgnoreCase(value)) {
				return side;
			}
		}
		return null;
	}

}
