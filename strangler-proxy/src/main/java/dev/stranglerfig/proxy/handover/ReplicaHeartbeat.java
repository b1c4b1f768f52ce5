package dev.stranglerfig.proxy.handover;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.proxy.ProxyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This replica's row in {@code strangler_control.replica}: a handover waits for the acknowledgement of every replica
 * that beat within {@code replica-timeout}. A replica that cannot beat cannot learn of a handover either, so it fences
 * itself: after half the timeout without a beat it refuses writes, well before the others stop waiting for it.
 * <p>
 * It beats on a thread of its own, not the {@code @Scheduled} one, which stops as soon as the context starts closing:
 * while the shopper port drains this replica still has writes in flight, and a handover must go on waiting for its
 * acknowledgement (and it must not fence itself) until they are done.
 */
@Component
public class ReplicaHeartbeat implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaHeartbeat.class);

	private final String id = UUID.randomUUID().toString();

	private final HandoverStore store;

	private final long fenceAfterNanos;

	private final Duration interval;

	/** System.nanoTime() when the last successful beat was sent (not when it returned: the conservative end). */
	private volatile long lastBeat;

	private ScheduledExecutorService beats;

	/** Taken by each beat and by the sign-off, so no beat writes the row back after the replica has left. */
	private final Object signOff = new Object();

	private boolean left;

	ReplicaHeartbeat(HandoverStore store, ProxyProperties properties) {
		this.store = store;
		this.fenceAfterNanos = properties.handover().replicaTimeout().dividedBy(2).toNanos();
		this.interval = properties.handover().heartbeat();
		// Registered before this replica serves anything, so no handover can be held without its acknowledgement.
		beat();
	}

	public String id() {
		return this.id;
	}

	/** Whether this replica has been out of touch with the control database too long to take writes. */
	public boolean fenced() {
		return System.nanoTime() - this.lastBeat > this.fenceAfterNanos;
	}

	private void beat() {
		synchronized (this.signOff) {
			if (this.left) {
				return;
			}
			long sent = System.nanoTime();
			try {
				this.store.beat(this.id);
				this.lastBeat = sent;
			}
			catch (RuntimeException ex) {
				logger.warn("Replica {} could not beat ({}); it refuses writes after {} ms without a beat", this.id,
						ex.getMessage(), Duration.ofNanos(this.fenceAfterNanos).toMillis());
			}
		}
	}

	@Override
	public synchronized void start() {
		this.beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread named = new Thread(runnable, "strangler-heartbeat");
			named.setDaemon(true);
			return named;
		});
		this.beats.scheduleWithFixedDelay(this::beat, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** A replica shutting down leaves, so handovers stop waiting for it at once. */
	@Override
	public synchronized void stop() {
		this.beats.shutdown();
		this.beats = null;
		synchronized (this.signOff) {
			this.left = true;
			try {
				this.store.leave(this.id);
			}
			catch (RuntimeException ex) {
				logger.warn("Replica {} could not sign off ({}); it counts as gone once its heartbeat is stale", this.id,
						ex.getMessage());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.beats != null;
	}

	@Override
	public int getPhase() {
		// Stops after the web server (DEFAULT_PHASE - 2048) has drained its requests and stopped, and after the
		// control plane.
		return SmartLifecycle.DEFAULT_PHASE - 2049;
	}

}
