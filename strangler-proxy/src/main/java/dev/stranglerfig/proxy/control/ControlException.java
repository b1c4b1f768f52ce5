package dev.stranglerfig.proxy.control;

/** A control request that cannot be carried out, and which kind of "no" it is. */
public class ControlException extends RuntimeException {

	public enum Kind {

		/** The request itself is wrong (an impossible move, a missing reason). */
		INVALID,
		/** No plan has that context. */
		UNKNOWN_CONTEXT,
		/** Someone else changed the context first. */
		CONFLICT,
		/** It could not be done now and nothing changed (an aborted handover); retry later. */
		UNAVAILABLE

	}

	private final Kind kind;

	public ControlException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

}
