package dev.stranglerfig.plans.control;

import java.util.Arrays;

/**
 * Where a write-ownership handover is. Every move is a compare-and-set on the row's state, so of the proxy replica
 * that aborts at the deadline and the bridge that flips, exactly one wins.
 */
public enum HandoverState {

	/** Asked for: every live proxy replica holds the context's writes and acknowledges once its own have finished. */
	REQUESTED("requested"),
	/** Every live replica acknowledged: no write reaches either side; the bridge drains and flips. */
	HELD("held"),
	/** The bridge drained the old direction and captures the new owner: the phase changes, writes are released. */
	FLIPPED("flipped"),
	/** The deadline passed first: the phase stays, held writes are answered 503, the bridge resumes the old direction. */
	ABORTED("aborted");

	private final String value;

	HandoverState(String value) {
		this.value = value;
	}

	/** The name stored in the {@code state} column. */
	public String value() {
		return this.value;
	}

	/** Whether writes to the context are held in this state. */
	public boolean open() {
		return this == REQUESTED || this == HELD;
	}

	/** @throws IllegalArgumentException naming the valid states */
	public static HandoverState of(String value) {
		return Arrays.stream(values())
			.filter(state -> state.value.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a handover state"));
	}

}
