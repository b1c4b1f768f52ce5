package dev.stranglerfig.bridge.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.SyncStreams;

/**
 * Starts a stream per configured context (with the Kafka transport, its capture, its applier or both, as the roles say)
 * when the application starts and stops them when it stops. As a lifecycle
 * bean it stops before any bean is destroyed, so engines end before the connections and meters they use go away.
 */
@Component
@Profile("!" + BridgeApplication.COMMAND_PROFILE)
public class BridgeRunner implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(BridgeRunner.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private final BridgeProperties properties;

	private final MeterRegistry registry;

	private final List<StreamWorker> workers = new ArrayList<>();

	private ExecutorService engines;

	private ScheduledExecutorService probes;

	private volatile boolean running;

	public BridgeRunner(BridgeProperties properties, MeterRegistry registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public synchronized void start() {
		List<SyncStream> planned = SyncStreams.of(this.properties);
		TransportRoles transport = TransportRoles.of(this.properties);
		this.engines = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "bridge-stream"));
		this.probes = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "bridge-slot-lag"));
		for (SyncStream stream : planned) {
			StreamMetrics metrics = new StreamMetrics(this.registry, stream);
			if (transport.captures()) {
				StreamStatus status = new StreamStatus();
				start(new ChangeStream(stream, this.properties, status, transport.sink(stream, metrics, status)));
				long every = this.properties.getLagProbeInterval().toMillis();
				this.probes.scheduleWithFixedDelay(new SlotLagProbe(stream, metrics), every, every, TimeUnit.MILLISECONDS);
			}
			if (transport.appliesFromKafka()) {
				start(new TopicApplier(stream, this.properties, metrics));
			}
		}
		this.running = true;
	}

	private void start(StreamWorker worker) {
		this.workers.add(worker);
		this.engines.execute(worker);
	}

	@Override
	public synchronized void stop() {
		this.probes.shutdownNow();
		for (StreamWorker worker : this.workers) {
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
		logger.info("Bridge stopped: {} streams", this.workers.size());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The capturing and applying threads as they are now, for health. */
	public List<StreamWorker> workers() {
		return List.copyOf(this.workers);
	}

}
