package dev.stranglerfig.proxy.guard;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.proxy.ProxyProperties;
import dev.stranglerfig.proxy.StranglerProxyApplication;
import dev.stranglerfig.proxy.control.ShadowDiffStore;
import dev.stranglerfig.proxy.traffic.ShadowComparison;
import dev.stranglerfig.proxy.traffic.TrafficObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps samples of differing shadow responses for operators. The request path only offers a sample to a
 * bounded queue (at most {@code shadowDiffsPerSecond}, the rest are dropped); a thread of its own writes them,
 * so a slow database never slows a shopper.
 */
@Component
class ShadowDiffRecorder implements TrafficObserver, SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ShadowDiffRecorder.class);

	private final ShadowDiffStore store;

	private final int perSecond;

	private final BlockingQueue<ShadowComparison> queue = new ArrayBlockingQueue<>(1000);

	private long second;

	private int admitted;

	private volatile Thread writer;

	ShadowDiffRecorder(ShadowDiffStore store, ProxyProperties properties) {
		this.store = store;
		this.perSecond = properties.shadowDiffsPerSecond();
	}

	@Override
	public void onShadowComparison(ShadowComparison comparison) {
		if (comparison.differs() && admit()) {
			this.queue.offer(comparison);
		}
	}

	private synchronized boolean admit() {
		long now = System.currentTimeMillis() / 1000;
		if (now != this.second) {
			this.second = now;
			this.admitted = 0;
		}
		return this.admitted++ < this.perSecond;
	}

	@Override
	public synchronized void start() {
		this.writer = new Thread(this::write, "strangler-shadow-diffs");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	@Override
	public synchronized void stop() {
		Thread thread = this.writer;
		this.writer = null;
		try {
			thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.writer != null;
	}

	@Override
	public int getPhase() {
		return StranglerProxyApplication.CONTROL_PLANE_PHASE;
	}

	private void write() {
		// Drains what is queued before stopping, so samples taken just before shutdown are kept.
		while (this.writer != null || !this.queue.isEmpty()) {
			try {
				ShadowComparison comparison = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (comparison != null) {
					this.store.insert(comparison);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("A shadow diff sample could not be stored: {}", ex.getMessage());
			}
		}
	}

}
