package dev.stranglerfig.proxy.admin;

import java.util.List;

import dev.stranglerfig.proxy.control.ControlException;
import dev.stranglerfig.proxy.control.ControlException.Kind;
import dev.stranglerfig.proxy.guard.TrafficReadings;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /admin/traffic[?context=]}: each context's traffic per side and diff rate over its guard window, with
 * its guards; from this replica's memory, no database round trip.
 */
@Component
class TrafficQueries {

	private final TrafficReadings readings;

	TrafficQueries(TrafficReadings readings) {
		this.readings = readings;
	}

	Mono<ServerResponse> traffic(ServerRequest request) {
		String context = request.queryParam("context").orElse(null);
		if (context == null) {
			return ServerResponse.ok().bodyValue(this.readings.traffic());
		}
		return this.readings.traffic(context)
			.map(traffic -> ServerResponse.ok().bodyValue(List.of(traffic)))
			.orElseGet(() -> Mono.error(
					new ControlException(Kind.UNKNOWN_CONTEXT, "no plan has the context '" + context + "'")));
	}

}
