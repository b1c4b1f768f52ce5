package dev.stranglerfig.bridge.capture;

import java.time.Duration;

import dev.stranglerfig.bridge.metrics.StreamStatus;

/** A thread of work for one stream (capturing it, or applying it from Kafka), with its state for health. */
public interface StreamWorker extends Runnable {

	/** How health names it. */
	String name();

	StreamStatus status();

	/** Asks it to stop and waits for it, at most {@code timeout}. */
	void stop(Duration timeout) throws InterruptedException;

}
