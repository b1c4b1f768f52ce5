package dev.stranglerfig.bridge.metrics;

/** Where a stream is, for the health endpoint: starting, running, retrying its target, or failed (and why). */
public final class StreamStatus {

	/** The states a stream goes through. */
	public enum State {

		STARTING, RUNNING, RETRYING, FAILED, STOPPED

	}

	private volatile State state = State.STARTING;

	private volatile String detail = "";

	public void running() {
		set(State.RUNNING, "");
	}

	public void retrying(String why) {
		set(State.RETRYING, why);
	}

	public void failed(String why) {
		set(State.FAILED, why);
	}

	public void stopped() {
		set(State.STOPPED, "");
	}

	public State state() {
		return this.state;
	}

	public String detail() {
		return this.detail;
	}

	private void set(State newState, String newDetail) {
		this.detail = newDetail;
		this.state = newState;
	}

}
