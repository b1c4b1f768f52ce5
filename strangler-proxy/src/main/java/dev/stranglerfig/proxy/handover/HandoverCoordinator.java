package dev.stranglerfig.proxy.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.stranglerfig.plans.control.Handover;
import dev.stranglerfig.plans.control.HandoverState;
import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.StranglerProxyApplication;
import dev.stranglerfig.proxy.control.PhaseChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This replica's part in every handover, on one thread of its own: it closes the context's write gate as soon as it
 * learns of an open handover, acknowledges once its own writes in flight have finished, moves the handover to held
 * when every live replica has, aborts it when the deadline passes first, and on the outcome commits the phase change
 * (when flipped; whichever replica gets there first, on the plan version the move was decided on) and opens the gate.
 * Any replica can finish a handover, so none depends on the replica that asked for it staying alive.
 */
@Component
public class HandoverCoordinator implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(HandoverCoordinator.class);

	private static final Duration TICK = Duration.ofMillis(20);

	private final HandoverStore store;

	private final WriteHolds holds;

	private final ReplicaHeartbeat replica;

	private final PhaseChanges changes;

	private final Duration replicaTimeout;

	private final AtomicBoolean syncWanted = new AtomicBoolean(true);

	private ScheduledExecutorService thread;

	HandoverCoordinator(HandoverStore store, WriteHolds holds, ReplicaHeartbeat replica, PhaseChanges changes,
			ProxyProperties properties) {
		this.store = store;
		this.holds = holds;
		this.replica = replica;
		this.changes = changes;
		this.replicaTimeout = properties.handover().replicaTimeout();
		// Before this replica serves a single write: close the gates of handovers already under way.
		this.store.open().forEach(handover -> this.holds.close(handover.context(), handover.id()));
	}

	/** Something in the control state changed (a notification, or the periodic re-read): look at the handovers. */
	public void controlChanged() {
		this.syncWanted.set(true);
	}

	@Override
	public synchronized void start() {
		this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread named = new Thread(runnable, "strangler-handover");
			named.setDaemon(true);
			return named;
		});
		this.thread.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs until the shopper port has drained, so writes held there get their handover's outcome. One still held
	 * then (the drain timed out) is refused as an aborted handover's are, 503 with nothing applied, instead of being
	 * cut off with the connection: nobody here would open its gate any more.
	 */
	@Override
	public synchronized void stop() {
		this.thread.shutdownNow();
		this.thread = null;
		this.holds.releaseAll();
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	@Override
	public int getPhase() {
		return StranglerProxyApplication.CONTROL_PLANE_PHASE;
	}

	private void tick() {
		try {
			boolean sync = this.syncWanted.getAndSet(false);
			Map<String, Long> holding = this.holds.holds();
			if (!sync && holding.isEmpty()) {
				return;
			}
			if (sync) {
				for (Handover open : this.store.open()) {
					this.holds.close(open.context(), open.id());
				}
				for (Handover flipped : this.store.uncommittedFlips()) {
					commit(flipped);
				}
				holding = this.holds.holds();
			}
			holding.forEach((context, id) -> this.store.find(id).ifPresent(this::advance));
		}
		catch (RuntimeException ex) {
			logger.warn("Handover step failed ({}); trying again", ex.getMessage());
			this.syncWanted.set(true);
		}
	}

	private void advance(Handover handover) {
		switch (handover.state()) {
			case REQUESTED -> {
				if (this.holds.drained(handover.context())) {
					this.store.acknowledge(handover.id(), this.replica.id());
					this.store.holdIfAllAcknowledged(handover, this.replicaTimeout);
				}
				abortIfLate(handover);
			}
			case HELD -> abortIfLate(handover);
			case FLIPPED -> {
				commit(handover);
				this.holds.open(handover.context(), HandoverState.FLIPPED);
				// A later handover of the context may be open already: close the gate for it on the next tick.
				this.syncWanted.set(true);
			}
			case ABORTED -> {
				logger.warn("Handover {} of {} ({} -> {}) aborted: {}", handover.id(), handover.context(),
						handover.fromPhase().value(), handover.toPhase().value(), handover.outcome());
				this.holds.open(handover.context(), HandoverState.ABORTED);
				this.syncWanted.set(true);
			}
		}
	}

	private void commit(Handover flipped) {
		if (this.changes.commitHandover(flipped)) {
			logger.info("Handover {} of {} flipped: {} -> {} committed by this replica", flipped.id(), flipped.context(),
					flipped.fromPhase().value(), flipped.toPhase().value());
		}
	}

	private void abortIfLate(Handover handover) {
		// The database's clock decides; this replica's only saves a query per tick before the deadline.
		if (Instant.now().isBefore(handover.deadline())) {
			return;
		}
		String why = (handover.state() == HandoverState.REQUESTED) ? unacknowledged(handover)
				: "the CDC bridge did not drain and flip " + handover.context() + " before the deadline (is it running and "
						+ "reading the control database?)";
		this.store.abortIfPastDeadline(handover, why);
	}

	private String unacknowledged(Handover handover) {
		List<String> missing = this.store.unacknowledged(handover.id(), this.replicaTimeout);
		return missing.isEmpty() ? "the replicas acknowledged too late"
				: "proxy replicas " + missing + " did not finish their writes in flight before the deadline";
	}

}
