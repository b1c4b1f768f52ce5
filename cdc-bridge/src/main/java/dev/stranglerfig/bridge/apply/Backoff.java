package dev.stranglerfig.bridge.apply;

import java.time.Duration;

/** Exponential waits between retries, doubling from the initial wait up to the maximum, where they stay. */
public final class Backoff {

	private final Duration initial;

	private final Duration max;

	private Duration next;

	public Backoff(Duration initial, Duration max) {
		this.initial = initial;
		this.max = max;
		this.next = initial;
	}

	public Duration next() {
		Duration current = this.next;
		Duration doubled = current.multipliedBy(2);
		this.next = (doubled.compareTo(this.max) > 0) ? this.max : doubled;
		return current;
	}

	public void reset() {
		this.next = this.initial;
	}

}
