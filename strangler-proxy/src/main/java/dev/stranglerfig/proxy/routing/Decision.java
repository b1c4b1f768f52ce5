package dev.stranglerfig.proxy.routing;

import dev.stranglerfig.proxy.traffic.Side;

/**
 * Where one request goes.
 *
 * @param side the side that serves the shopper
 * @param mirror also send the request to the service and compare the responses (shadow)
 */
record Decision(Side side, boolean mirror) {

	static final Decision LEGACY = new Decision(Side.LEGACY, false);

	static final Decision SERVICE = new Decision(Side.SERVICE, false);

	static final Decision SHADOWED = new Decision(Side.LEGACY, true);

}
