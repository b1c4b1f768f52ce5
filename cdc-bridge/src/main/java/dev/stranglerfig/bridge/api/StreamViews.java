package dev.stranglerfig.bridge.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.capture.BridgeRunner;
import dev.stranglerfig.bridge.capture.StreamWorker;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.sync.Direction;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * Each running stream seen as the actuator sees it: the streams are the ones whose meters were registered and whose
 * workers run now, the state is the workers' (as health shows it), the figures are the meters' current values.
 */
@Component
@Profile("!" + BridgeApplication.COMMAND_PROFILE)
class StreamViews {

	/** Worst first: a stream is as healthy as its least healthy worker (capture and, with Kafka, applier). */
	private static final List<StreamStatus.State> SEVERITY = List.of(StreamStatus.State.FAILED,
			StreamStatus.State.RETRYING, StreamStatus.State.STARTING, StreamStatus.State.STOPPED,
			StreamStatus.State.RUNNING);

	private final BridgeRunner runner;

	private final MeterRegistry registry;

	StreamViews(BridgeRunner runner, MeterRegistry registry) {
		this.runner = runner;
		this.registry = registry;
	}

	List<StreamView> streams() {
		List<StreamWorker> workers = this.runner.workers();
		List<StreamView> views = new ArrayList<>();
		for (Counter applied : this.registry.find("bridge.changes.applied").counters()) {
			String context = applied.getId().getTag("context");
			String direction = applied.getId().getTag("direction");
			String name = new SyncStream(context, Direction.of(direction), null, null, List.of()).name();
			List<StreamStatus> statuses = workers.stream()
				.filter(worker -> worker.name().equals(name) || worker.name().startsWith(name + " "))
				.map(StreamWorker::status)
				.toList();
			if (statuses.isEmpty()) {
				continue;
			}
			StreamStatus worst = statuses.stream()
				.min(Comparator.comparingInt(status -> SEVERITY.indexOf(status.state())))
				.orElseThrow();
			views.add(new StreamView(context, name, direction, worst.state().name(), worst.detail(),
					gauge("bridge.slot.lag", context, direction), gauge("bridge.apply.lag", context, direction),
					(long) applied.count(), counter("bridge.changes.dead.lettered", context, direction)));
		}
		views.sort(Comparator.comparing(StreamView::context).thenComparing(StreamView::direction));
		return views;
	}

	private long gauge(String meter, String context, String direction) {
		Gauge gauge = this.registry.find(meter).tags("context", context, "direction", direction).gauge();
		return (gauge != null) ? (long) gauge.value() : 0;
	}

	private long counter(String meter, String context, String direction) {
		Counter counter = this.registry.find(meter).tags("context", context, "direction", direction).counter();
		return (counter != null) ? (long) counter.count() : 0;
	}

}
