package dev.stranglerfig.proxy.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.plans.control.ControlSchema;
import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.StranglerProxyApplication;
import dev.stranglerfig.proxy.handover.HandoverCoordinator;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica's routing table in step with the control state: {@code LISTEN strangler_control} on a
 * connection of its own (a pooled one could be handed to someone else, losing the subscription), a re-read
 * on every notification, and a periodic re-read in case a notification was missed while reconnecting. When a
 * replica reloaded the plan files (a {@code reload} in the audit trail newer than this replica's last read), this one
 * re-reads its own copy of them, also when it missed the notification.
 */
@Component
class ControlListener implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ControlListener.class);

	private static final int POLL_MILLIS = 250;

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

	private final DataSourceProperties dataSource;

	private final LivePlans plans;

	private final HandoverCoordinator handovers;

	private final Duration resync;

	private volatile CountDownLatch stopped;

	private volatile Thread thread;

	ControlListener(DataSourceProperties dataSource, LivePlans plans, HandoverCoordinator handovers,
			ProxyProperties properties) {
		this.dataSource = dataSource;
		this.plans = plans;
		this.handovers = handovers;
		this.resync = properties.controlResync();
	}

	@Override
	public synchronized void start() {
		this.stopped = new CountDownLatch(1);
		this.thread = new Thread(this::run, "strangler-control-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.stopped.countDown();
		try {
			this.thread.join(Duration.ofSeconds(5).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void run() {
		Duration backoff = Duration.ofMillis(100);
		while (this.stopped.getCount() > 0) {
			try (Connection connection = DriverManager.getConnection(this.dataSource.determineUrl(),
					this.dataSource.determineUsername(), this.dataSource.determinePassword())) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + ControlSchema.CHANNEL);
				}
				// Whatever changed while this replica was not listening.
				follow();
				this.handovers.controlChanged();
				backoff = Duration.ofMillis(100);
				listen(connection.unwrap(PGConnection.class));
			}
			catch (SQLException | RuntimeException ex) {
				logger.warn("Control listener lost its connection ({}); reconnecting in {} ms", ex.getMessage(),
						backoff.toMillis());
				if (await(backoff)) {
					return;
				}
				backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
			}
		}
	}

	private void listen(PGConnection connection) throws SQLException {
		long nextResync = System.nanoTime() + this.resync.toNanos();
		while (this.stopped.getCount() > 0) {
			PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
			if ((notifications != null && notifications.length > 0) || System.nanoTime() >= nextResync) {
				this.handovers.controlChanged();
				follow();
				nextResync = System.nanoTime() + this.resync.toNanos();
			}
		}
	}

	/** Re-reads the live state, and the plan files too when a replica reloaded them. */
	private void follow() {
		if (this.plans.reloadMissed()) {
			this.plans.followReload();
		}
		else {
			this.plans.refresh();
		}
	}

	@Override
	public int getPhase() {
		return StranglerProxyApplication.CONTROL_PLANE_PHASE;
	}

	/** @return whether the listener was stopped while waiting */
	private boolean await(Duration duration) {
		try {
			return this.stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
