package dev.stranglerfig.bridge.handover;

import java.sql.SQLException;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.capture.BridgeRunner;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * Moves a context's capture from the old owner to the new one: drain the running stream up to its source's current
 * WAL position, stop it, align the new owner's sequences, create the new stream's slot (so it starts exactly here,
 * with no snapshot: both sides are equal now) and start it. Then the move is confirmed (a handover's flip) or undone
 * (the new stream stopped and its slot dropped, the old one resumed from its own slot, which was kept for this).
 */
final class OwnershipMove {

	private static final Logger logger = LoggerFactory.getLogger(OwnershipMove.class);

	private final BridgeRunner runner;

	private final MeterRegistry meters;

	OwnershipMove(BridgeRunner runner, MeterRegistry meters) {
		this.runner = runner;
		this.meters = meters;
	}

	/** Whether the move is to be kept; asked once the new stream captures. */
	interface Confirmation {

		boolean confirm() throws SQLException;

	}

	/**
	 * @return whether the context now captures the new owner
	 */
	boolean move(SyncStream from, SyncStream to, Instant deadline, Confirmation confirmation)
			throws SQLException, InterruptedException {
		Timer.Sample timer = Timer.start(this.meters);
		String context = from.context();
		if (!Drain.untilCurrent(from, deadline)) {
			logger.warn("{}: {} did not catch up with its source before the deadline; the move is given up", context,
					from.name());
			return outcome(timer, context, "not-drained", false);
		}
		this.runner.stopCapture(context);
		boolean kept = false;
		try {
			SequenceAlignment.align(to);
			CaptureSlots.createAtCurrentPosition(to);
			this.runner.startCapture(to, false);
			kept = confirmation.confirm();
		}
		finally {
			if (!kept) {
				undo(from, to);
			}
		}
		if (!kept) {
			return false;
		}
		CaptureSlots.dropSlot(from);
		this.runner.retire(from);
		logger.info("{}: capture moved from {} to {}", context, from.name(), to.name());
		return outcome(timer, context, "moved", true);
	}

	private void undo(SyncStream from, SyncStream to) throws SQLException, InterruptedException {
		logger.warn("{}: the move to {} is undone; {} resumes from its slot", from.context(), to.name(), from.name());
		this.runner.stopCapture(to.context());
		try {
			CaptureSlots.dropSlot(to);
			this.runner.retire(to);
		}
		finally {
			this.runner.startCapture(from, true);
		}
		outcome(null, from.context(), "undone", false);
	}

	private boolean outcome(Timer.Sample timer, String context, String outcome, boolean moved) {
		this.meters.counter("bridge.handovers", "context", context, "outcome", outcome).increment();
		if (timer != null) {
			timer.stop(this.meters.timer("bridge.handover.duration", "context", context, "outcome", outcome));
		}
		return moved;
	}

}
