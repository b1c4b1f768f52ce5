package dev.stranglerfig.bridge.apply;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.position.SourcePosition;
import dev.stranglerfig.bridge.snapshot.ChunkRowGuard;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.target.TargetErrors;
import dev.stranglerfig.bridge.target.TargetSession;

/**
 * The engine's consumer: drops what the target already has, applies the rest with its position, and only then
 * marks the records processed, so the engine never confirms to the slot what the target has not committed. While
 * the target is unreachable it retries the same batch with exponential backoff and holds the engine (its queue
 * fills and capture pauses) until the target is back.
 */
public final class BatchHandler implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

	private static final Logger logger = LoggerFactory.getLogger(BatchHandler.class);

	private final SyncStream stream;

	private final ChangeApplier applier;

	private final TargetSession session;

	private final Backoff backoff;

	private final StreamMetrics metrics;

	private final StreamStatus status;

	private final ChunkRowGuard chunkRows = new ChunkRowGuard();

	private SourcePosition applied;

	public BatchHandler(SyncStream stream, ChangeApplier applier, TargetSession session, SourcePosition applied,
			Duration initialBackoff, Duration maxBackoff, StreamMetrics metrics, StreamStatus status) {
		this.stream = stream;
		this.applier = applier;
		this.session = session;
		this.applied = applied;
		this.backoff = new Backoff(initialBackoff, maxBackoff);
		this.metrics = metrics;
		this.status = status;
	}

	@Override
	public void handleBatch(List<RecordChangeEvent<SourceRecord>> records,
			DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
		List<ChangeEvent> events = new ArrayList<>(records.size());
		SourcePosition last = null;
		long lastSourceMillis = 0L;
		int skipped = 0;
		int overtaken = 0;
		for (RecordChangeEvent<SourceRecord> record : records) {
			SourceRecord source = record.record();
			SourcePosition position = new SourcePosition(source.sourcePartition(), source.sourceOffset());
			if (!this.chunkRows.admits(source)) {
				overtaken++;
				last = position;
				continue;
			}
			// The rows of an incremental snapshot chunk share the position of the chunk's close mark: never "already
			// applied", or the rest of a chunk split over two batches would be dropped.
			if (position.isAtOrBefore(this.applied) && !ChangeEventReader.snapshotRead(source)) {
				if (skipped == 0) {
					logger.debug("Stream {}: {} is at or before the applied {}", this.stream.name(), position, this.applied);
				}
				skipped++;
				continue;
			}
			last = position;
			ChangeEventReader.read(source, position).ifPresent(events::add);
		}
		long streamedThrough = 0L;
		for (ChangeEvent event : events) {
			lastSourceMillis = Math.max(lastSourceMillis, event.sourceMillis());
			// A snapshot row's time is when it was read, not a commit: it says nothing of what was applied before.
			if (!ChangeEventReader.snapshotRead(event.record())) {
				streamedThrough = Math.max(streamedThrough, event.sourceMillis());
			}
		}
		if (overtaken > 0) {
			logger.info("Stream {}: dropped {} incremental snapshot rows that a streamed change had overtaken", this.stream.name(),
					overtaken);
		}
		if (skipped > 0) {
			logger.info("Stream {}: dropped {} changes at or before the applied position (lsn {})", this.stream.name(), skipped,
					this.applied.lsn());
		}
		if (last != null) {
			Applied result = applyUntilDone(events, last);
			this.applied = last;
			this.metrics.batchApplied(result, lastSourceMillis, streamedThrough);
		}
		for (RecordChangeEvent<SourceRecord> record : records) {
			committer.markProcessed(record);
		}
		committer.markBatchFinished();
	}

	private Applied applyUntilDone(List<ChangeEvent> events, SourcePosition position) throws InterruptedException {
		int attempt = 0;
		boolean reopen = false;
		while (true) {
			if (reopen) {
				try {
					// The target's tables changed: read them again and check the plan against them before writing.
					this.applier.open();
					reopen = false;
				}
				catch (SQLException ex) {
					hold(events, "target " + this.session.address().url() + " cannot be read again: " + ex.getMessage()
							+ " (SQL state " + ex.getSQLState() + ")", ++attempt, false);
					continue;
				}
				catch (IllegalStateException ex) {
					// The plan no longer fits the target (TargetTables): nothing can be written until someone fixes either.
					hold(events, ex.getMessage(), ++attempt, true);
					continue;
				}
			}
			try {
				Applied result = this.applier.apply(events, position);
				if (attempt > 0) {
					logger.info("Stream {}: target {} is back; the held batch of {} changes is applied after {} retries",
							this.stream.name(), this.session.address().url(), events.size(), attempt);
				}
				this.backoff.reset();
				this.status.running();
				return result;
			}
			catch (SQLException ex) {
				reopen |= TargetErrors.targetChanged(ex);
				hold(events, "target " + this.session.address().url() + " refused a batch of " + events.size() + " changes: "
						+ ex.getMessage() + " (SQL state " + ex.getSQLState() + ")", ++attempt, false);
			}
		}
	}

	private void hold(List<ChangeEvent> events, String problem, int attempt, boolean failed) throws InterruptedException {
		this.session.discard();
		Duration wait = this.backoff.next();
		if (failed) {
			this.status.failed(problem);
		}
		else {
			this.status.retrying(problem);
		}
		this.metrics.retried();
		logger.warn("Stream {}: {}; retry {} of the held batch of {} changes in {} ms, capture held until then", this.stream.name(),
				problem, attempt, events.size(), wait.toMillis());
		Thread.sleep(wait.toMillis());
	}

}
