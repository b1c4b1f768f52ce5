package dev.stranglerfig.proxy.handover;

import java.time.Duration;
import java.util.UUID;

import dev.stranglerfig.proxy.ProxyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This replica's row in {@code strangler_control.replica}: a handover waits for the acknowledgement of every replica
 * that beat within {@code replica-timeout}. A replica that cannot beat cannot learn of a handover either, so it fences
 * itself: after half the timeout without a beat it refuses writes, well before the others stop waiting for it.
 */
@Component
public class ReplicaHeartbeat implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaHeartbeat.class);

	private final String id = UUID.randomUUID().toString();

	private final HandoverStore store;

	private final long fenceAfterNanos;

	/** System.nanoTime() when the last successful beat was sent (not when it returned: the conservative end). */
	private volatile long lastBeat;

	private volatile boolean running;

	ReplicaHeartbeat(HandoverStore store, ProxyProperties properties) {
		this.store = store;
		this.fenceAfterNanos = properties.handover().replicaTimeout().dividedBy(2).toNanos();
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

	@Scheduled(fixedDelayString = "${strangler.proxy.handover.heartbeat:500ms}")
	void beat() {
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

	@Override
	public void start() {
		this.running = true;
	}

	/** A replica shutting down leaves, so handovers stop waiting for it at once. */
	@Override
	public void stop() {
		this.running = false;
		try {
			this.store.leave(this.id);
		}
		catch (RuntimeException ex) {
			logger.warn("Replica {} could not sign off ({}); it counts as gone once its heartbeat is stale", this.id,
					ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stops after the web server has drained its requests.
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

}
