package dev.stranglerfig.bridge.capture;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.metrics.StreamStatus;

/**
 * DOWN while any stream is failed (its engine could not run and is being restarted); a stream retrying an
 * unreachable target is UP with the reason in its details, since it holds its place and catches up by itself.
 */
@Component
@Profile("!" + BridgeApplication.COMMAND_PROFILE)
public class StreamsHealthIndicator implements HealthIndicator {

	private final BridgeRunner runner;

	public StreamsHealthIndicator(BridgeRunner runner) {
		this.runner = runner;
	}

	@Override
	public Health health() {
		Map<String, Object> details = new LinkedHashMap<>();
		boolean failed = false;
		for (StreamWorker worker : this.runner.workers()) {
			StreamStatus status = worker.status();
			failed |= status.state() == StreamStatus.State.FAILED;
			details.put(worker.name(),
					status.detail().isEmpty() ? status.state().name() : status.state().name() + ": " + status.detail());
		}
		return (failed ? Health.down() : Health.up()).withDetails(details).build();
	}

}
