package dev.stranglerfig.bridge.capture;

import java.sql.Connection;
import java.util.Properties;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.apply.BatchHandler;
import dev.stranglerfig.bridge.apply.ChangeApplier;
import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.position.TargetOffsetBackingStore;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.target.TargetSession;

/**
 * The embedded transport: the engine's batches are applied to the target in this process, the position stored with
 * the rows, and the engine resumes from that stored position ({@link TargetOffsetBackingStore}).
 */
final class TargetSink implements StreamSink {

	private final SyncStream stream;

	private final BridgeProperties properties;

	private final StreamMetrics metrics;

	private final StreamStatus status;

	private final TargetSession session;

	TargetSink(SyncStream stream, BridgeProperties properties, StreamMetrics metrics, StreamStatus status) {
		this.stream = stream;
		this.properties = properties;
		this.metrics = metrics;
		this.status = status;
		this.session = new TargetSession(stream.target(), stream.name());
	}

	@Override
	public Run open() throws Exception {
		ChangeApplier applier = new ChangeApplier(this.stream, this.session);
		BatchHandler handler = new BatchHandler(this.stream, applier, this.session, applier.open().orElse(null),
				this.properties.getRetryInitialBackoff(), this.properties.getRetryMaxBackoff(), this.metrics, this.status);
		Connection target = this.session.connection();
		SyncStream ordered = this.stream.withTables(SnapshotOrder.of(target, this.stream.tables()));
		target.commit();
		return new Run(ordered, handler);
	}

	@Override
	public Properties offsetStorage() {
		Properties settings = new Properties();
		// The durable position is written by the applier with the rows; the engine's flushes only confirm the slot.
		settings.setProperty("offset.storage", TargetOffsetBackingStore.class.getName());
		settings.setProperty(TargetOffsetBackingStore.TARGET_URL, this.stream.target().url());
		settings.setProperty(TargetOffsetBackingStore.TARGET_USER, this.stream.target().user());
		settings.setProperty(TargetOffsetBackingStore.TARGET_PASSWORD, this.stream.target().password());
		settings.setProperty(TargetOffsetBackingStore.STREAM_NAME, this.stream.name());
		settings.setProperty(TargetOffsetBackingStore.CONTEXT, this.stream.context());
		settings.setProperty(TargetOffsetBackingStore.DIRECTION, this.stream.direction().value());
		return settings;
	}

	@Override
	public void failed() {
		this.session.discard();
	}

	@Override
	public void close() {
		this.session.close();
	}

	@Override
	public String toString() {
		return this.stream.target().toString();
	}

}
