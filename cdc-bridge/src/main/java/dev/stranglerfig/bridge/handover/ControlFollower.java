package dev.stranglerfig.bridge.handover;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.capture.BridgeRunner;
import dev.stranglerfig.bridge.sync.DatabaseAddress;
import dev.stranglerfig.bridge.sync.Direction;
import dev.stranglerfig.bridge.sync.LiveDirections;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.SyncStreams;
import dev.stranglerfig.plans.control.ControlSchema;
import dev.stranglerfig.plans.control.ControlStateReader;
import dev.stranglerfig.plans.control.Handover;
import dev.stranglerfig.plans.control.HandoverState;

/**
 * Follows the control state on a connection of its own ({@code LISTEN strangler_control}, and a re-read every
 * second): a handover the proxy replicas hold moves the context's capture to the new owner and is then flipped with a
 * compare-and-set (lost to an abort at the deadline, or to a phase changed meanwhile, the move is undone); a live
 * phase on the other side of the ownership line without a handover (changed by hand) moves the capture too, without
 * the write hold.
 */
@Component
@Profile("!" + BridgeApplication.COMMAND_PROFILE)
class ControlFollower implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ControlFollower.class);

	private static final int POLL_MILLIS = 1000;

	private static final Duration UNHELD_MOVE = Duration.ofSeconds(30);

	private final BridgeProperties properties;

	private final BridgeRunner runner;

	private final OwnershipMove move;

	private volatile Thread thread;

	private volatile boolean stopping;

	ControlFollower(BridgeProperties properties, BridgeRunner runner, MeterRegistry meters) {
		this.properties = properties;
		this.runner = runner;
		this.move = new OwnershipMove(runner, meters);
	}

	@Override
	public synchronized void start() {
		if (!this.runner.movable()) {
			logger.info("With the {} transport the live phase is read at start only, and the bridge takes no part in "
					+ "write-ownership handovers (they abort at their deadline)", this.properties.getTransport().value());
			return;
		}
		this.stopping = false;
		this.thread = new Thread(this::run, "bridge-control-follower");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.stopping = true;
		Thread running = this.thread;
		this.thread = null;
		if (running != null) {
			running.interrupt();
			try {
				running.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/**
	 * Next to the runner: it starts just before it (and does nothing until the runner runs) and stops just after it;
	 * a move under way when the bridge stops is cut short, and the next start resumes the direction of the live phase.
	 */
	@Override
	public int getPhase() {
		return this.runner.getPhase() - 1;
	}

	private void run() {
		DatabaseAddress control = SyncStreams.control(this.properties);
		long backoff = 100;
		boolean cleaned = false;
		while (!this.stopping) {
			try (Connection connection = control.connect()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + ControlSchema.CHANNEL);
				}
				backoff = 100;
				while (!this.stopping) {
					if (this.runner.isRunning() && ControlStateReader.present(connection)) {
						if (!cleaned) {
							dropStaleSlots();
							cleaned = true;
						}
						follow(connection);
					}
					connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.stopping) {
					return;
				}
				logger.warn("Following the control state in {} failed ({}); again in {} ms", control, ex.getMessage(), backoff);
				if (!pause(backoff)) {
					return;
				}
				backoff = Math.min(backoff * 2, 10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void follow(Connection control) throws SQLException, InterruptedException {
		for (String context : this.properties.getContexts()) {
			SyncStream running = this.runner.capturing(context);
			if (running == null) {
				continue;
			}
			List<Handover> held = ControlStateReader.handovers(control, context, HandoverState.HELD);
			if (!held.isEmpty()) {
				handOver(control, running, held.get(0));
				continue;
			}
			if (!ControlStateReader.handovers(control, context, HandoverState.REQUESTED).isEmpty()) {
				continue;
			}
			Optional<Direction> live = LiveDirections.direction(control, context);
			if (live.isPresent() && live.get() != running.direction()) {
				logger.warn("{}: the live phase moved data ownership without a handover (changed by hand?); moving capture "
						+ "to {} without holding writes", context, live.get().value());
				this.move.move(running, SyncStreams.of(this.properties, context, live.get()), Instant.now().plus(UNHELD_MOVE),
						() -> true);
			}
		}
	}

	private void handOver(Connection control, SyncStream running, Handover handover)
			throws SQLException, InterruptedException {
		Direction to = Direction.forPhase(handover.toPhase());
		if (running.direction() == to) {
			ControlStateReader.flip(control, handover.id());
			return;
		}
		if (Instant.now().isAfter(handover.deadline())) {
			return;
		}
		logger.info("{}: handover {} ({} -> {}) held by the proxies; draining {} and flipping", handover.context(),
				handover.id(), handover.fromPhase().value(), handover.toPhase().value(), running.name());
		boolean flipped = this.move.move(running, SyncStreams.of(this.properties, handover.context(), to),
				handover.deadline(), () -> ControlStateReader.flip(control, handover.id()));
		logger.info("{}: handover {} {}", handover.context(), handover.id(),
				flipped ? "flipped" : "not flipped (aborted at its deadline, or the live phase changed meanwhile); the old "
						+ "direction goes on");
	}

	/** A slot of the direction not running would hold WAL for nothing (left by a bridge stopped mid-handover). */
	private void dropStaleSlots() {
		for (String context : this.properties.getContexts()) {
			SyncStream running = this.runner.capturing(context);
			if (running == null) {
				continue;
			}
			Direction other = (running.direction() == Direction.LEGACY_TO_SERVICE) ? Direction.SERVICE_TO_LEGACY
					: Direction.LEGACY_TO_SERVICE;
			try {
				CaptureSlots.dropSlot(SyncStreams.of(this.properties, context, other));
			}
			catch (SQLException ex) {
				logger.warn("{}: the stale slot of direction {} could not be dropped: {}", context, other.value(),
						ex.getMessage());
			}
		}
	}

	private boolean pause(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
