package dev.stranglerfig.bridge.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.metrics.SlotLagProbe;
import dev.stranglerfig.bridge.kafka.TopicApplier;
import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.progress.AppliedThroughPublisher;
import dev.stranglerfig.bridge.sync.LiveDirections;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.SyncStreams;

/**
 * Starts a stream per configured context (with the Kafka transport, its capture, its applier or both, as the roles say)
 * when the application starts, in the direction of the context's live phase ({@link LiveDirections}), and stops them
 * when it stops. With the embedded transport a context's capture can be stopped and started in the other direction
 * while running (a write-ownership handover). As a lifecycle bean it stops before any bean is destroyed, so engines
 * end before the connections and meters they use go away.
 */
@Component
@Profile("!" + BridgeApplication.COMMAND_PROFILE)
public class BridgeRunner implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(BridgeRunner.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	/** How often a stream's progress goes to the control database: a shopper's reads wait on it after a write. */
	private static final long PUBLISH_MILLIS = 100;

	private final BridgeProperties properties;

	private final MeterRegistry registry;

	private final LiveDirections directions;

	private final List<StreamWorker> appliers = new ArrayList<>();

	private final Map<String, Capture> captures = new LinkedHashMap<>();

	/**
	 * One set of meters per stream while its direction is live: the registry keeps a gauge's first registration, so
	 * meters made anew when a capture restarts (an undone handover) or for the applier beside the capture would never
	 * be read. A direction a move retired loses its meters ({@link #retire}).
	 */
	private final Map<String, StreamMetrics> meters = new LinkedHashMap<>();

	private ExecutorService engines;

	private ScheduledExecutorService probes;

	private volatile boolean running;

	public BridgeRunner(BridgeProperties properties, MeterRegistry registry, LiveDirections directions) {
		this.properties = properties;
		this.registry = registry;
		this.directions = directions;
	}

	@Override
	public synchronized void start() {
		List<SyncStream> planned = this.directions.streams();
		TransportRoles transport = TransportRoles.of(this.properties);
		this.engines = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "bridge-stream"));
		this.probes = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "bridge-slot-lag"));
		for (SyncStream stream : planned) {
			if (transport.captures()) {
				startCapture(stream, true);
			}
			if (transport.appliesFromKafka()) {
				StreamWorker applier = new TopicApplier(stream, this.properties, meters(stream));
				this.appliers.add(applier);
				this.engines.execute(applier);
			}
		}
		this.running = true;
	}

	/** The stream a context's capture runs now, if this process captures it. */
	public synchronized SyncStream capturing(String context) {
		Capture capture = this.captures.get(context);
		return (capture != null) ? capture.stream() : null;
	}

	/** Whether a context's capture can be moved while running: the embedded transport, capture and apply in here. */
	public boolean movable() {
		return this.properties.getTransport() == BridgeProperties.Transport.EMBEDDED;
	}

	/**
	 * Starts capturing a stream (for a context capturing nothing now).
	 * @param initialSnapshot copy the tables first (at start-up); a handover starts without (both sides are equal)
	 */
	public synchronized void startCapture(SyncStream stream, boolean initialSnapshot) {
		StreamMetrics metrics = meters(stream);
		StreamStatus status = new StreamStatus();
		TransportRoles transport = TransportRoles.of(this.properties);
		ChangeStream worker = new ChangeStream(stream, this.properties, status, transport.sink(stream, metrics, status),
				initialSnapshot);
		long every = this.properties.getLagProbeInterval().toMillis();
		ScheduledFuture<?> probe = this.probes.scheduleWithFixedDelay(new SlotLagProbe(stream, metrics), every, every,
				TimeUnit.MILLISECONDS);
		AppliedThroughPublisher progress = null;
		ScheduledFuture<?> publishing = null;
		if (movable()) {
			// Only the embedded transport applies in commit order, so only its last change says "all before it".
			progress = new AppliedThroughPublisher(stream, metrics, SyncStreams.control(this.properties));
			publishing = this.probes.scheduleWithFixedDelay(progress, PUBLISH_MILLIS, PUBLISH_MILLIS,
					TimeUnit.MILLISECONDS);
		}
		this.captures.put(stream.context(), new Capture(stream, worker, probe, publishing, progress));
		this.engines.execute(worker);
	}

	/** Stops a context's capture and waits for its engine to end; its slot and stored position stay. */
	public void stopCapture(String context) throws InterruptedException {
		Capture capture;
		synchronized (this) {
			capture = this.captures.remove(context);
		}
		if (capture != null) {
			capture.probe().cancel(false);
			if (capture.publishing() != null) {
				capture.publishing().cancel(false);
				capture.progress().close();
			}
			capture.worker().stop(STOP_TIMEOUT);
		}
	}

	/**
	 * A stream whose slot a move dropped: its meters leave {@code /actuator/prometheus}, where its last lag would read
	 * as current. A later move back registers them afresh.
	 */
	public synchronized void retire(SyncStream stream) {
		StreamMetrics metrics = this.meters.remove(stream.name());
		if (metrics != null) {
			metrics.remove();
		}
	}

	@Override
	public synchronized void stop() {
		this.probes.shutdownNow();
		this.captures.values().stream().map(Capture::progress).filter(Objects::nonNull)
			.forEach(AppliedThroughPublisher::close);
		for (StreamWorker worker : workers()) {
			try {
				worker.stop(STOP_TIMEOUT);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.engines.shutdownNow();
		this.running = false;
		logger.info("Bridge stopped: {} streams", this.captures.size() + this.appliers.size());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private StreamMetrics meters(SyncStream stream) {
		return this.meters.computeIfAbsent(stream.name(), name -> new StreamMetrics(this.registry, stream));
	}

	/** The capturing and applying threads as they are now, for health. */
	public synchronized List<StreamWorker> workers() {
		List<StreamWorker> workers = new ArrayList<>(this.appliers);
		this.captures.values().forEach(capture -> workers.add(capture.worker()));
		return workers;
	}

	private record Capture(SyncStream stream, StreamWorker worker, ScheduledFuture<?> probe,
			ScheduledFuture<?> publishing, AppliedThroughPublisher progress) {
	}

}
