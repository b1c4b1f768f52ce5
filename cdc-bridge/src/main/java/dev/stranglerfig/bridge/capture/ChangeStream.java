package dev.stranglerfig.bridge.capture;

import java.sql.Connection;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * One stream's engine, run on a thread of its own until stopped. When the engine ends with an error (source or
 * target unreachable at start, slot in use by a bridge that has not died yet) it is started again after a backoff,
 * from the position stored in the target.
 */
final class ChangeStream implements StreamWorker {

	private static final Logger logger = LoggerFactory.getLogger(ChangeStream.class);

	private final SyncStream stream;

	private final BridgeProperties properties;

	private final StreamStatus status;

	private final StreamSink sink;

	private final boolean initialSnapshot;

	private final AtomicReference<DebeziumEngine<RecordChangeEvent<SourceRecord>>> engine = new AtomicReference<>();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean stopping;

	ChangeStream(SyncStream stream, BridgeProperties properties, StreamStatus status, StreamSink sink,
			boolean initialSnapshot) {
		this.stream = stream;
		this.properties = properties;
		this.status = status;
		this.sink = sink;
		this.initialSnapshot = initialSnapshot;
	}

	@Override
	public String name() {
		return this.stream.name();
	}

	@Override
	public StreamStatus status() {
		return this.status;
	}

	@Override
	public void run() {
		try {
			Duration wait = this.properties.getRetryInitialBackoff();
			while (!this.stopping) {
				String problem = runEngineOnce();
				if (this.stopping) {
					break;
				}
				this.status.failed(problem);
				logger.error("Stream {} stopped: {}; starting it again in {} ms", this.stream.name(), problem, wait.toMillis());
				Thread.sleep(wait.toMillis());
				wait = wait.multipliedBy(2).compareTo(this.properties.getRetryMaxBackoff()) > 0
						? this.properties.getRetryMaxBackoff() : wait.multipliedBy(2);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.sink.close();
			this.status.stopped();
			this.finished.countDown();
		}
	}

	/** Runs the engine until it ends; returns why it ended. */
	private String runEngineOnce() {
		AtomicReference<String> outcome = new AtomicReference<>("the engine ended");
		try {
			Properties settings = new Properties();
			try (Connection source = this.stream.source().connect()) {
				BridgeSchema.createOnSource(source);
				settings.putAll(TreeOrder.settings(source, this.stream.tables()));
			}
			StreamSink.Run run = this.sink.open();
			settings.putAll(EngineSettings.of(run.ordered(), this.properties, this.sink.offsetStorage(),
					this.initialSnapshot));
			DebeziumEngine<RecordChangeEvent<SourceRecord>> built = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
				.using(settings)
				.notifying(run.consumer())
				.using((success, message, error) -> outcome.set(success ? "the engine ended: " + message
						: message + ((error != null) ? ": " + error : "")))
				.build();
			this.engine.set(built);
			if (this.stopping) {
				return "stopped";
			}
			this.status.running();
			logger.info("Stream {} capturing {} into {}", this.stream.name(), this.stream.source(), this.sink);
			built.run();
		}
		catch (Exception ex) {
			this.sink.failed();
			outcome.set(ex.getMessage());
		}
		finally {
			this.engine.set(null);
		}
		return outcome.get();
	}

	/** Stops the engine, waits for the batch in hand to finish or be abandoned, then closes the sink. */
	@Override
	public void stop(Duration timeout) throws InterruptedException {
		this.stopping = true;
		DebeziumEngine<RecordChangeEvent<SourceRecord>> running = this.engine.get();
		if (running != null) {
			try {
				running.close();
			}
			catch (Exception ex) {
				logger.warn("Stream {} did not stop cleanly: {}", this.stream.name(), ex.getMessage());
			}
		}
		if (!this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			logger.warn("Stream {} still running {} ms after the stop request", this.stream.name(), timeout.toMillis());
		}
	}

}
