package dev.stranglerfig.plans.control;

/**
 * Names in the control database that the proxy (which owns the schema, through its Flyway) and the CDC bridge (which
 * reads the live phase and takes part in handovers) must agree on.
 */
public final class ControlSchema {

	/** The schema of the live control state. */
	public static final String SCHEMA = "strangler_control";

	/** One row per context: its live phase, canary share and version. */
	public static final String PLAN_STATE = SCHEMA + ".plan_state";

	/** The audit trail of every phase change, refused attempt and aborted handover. */
	public static final String AUDIT = SCHEMA + ".audit";

	/** One row per write-ownership handover, with its {@link HandoverState}. */
	public static final String HANDOVER = SCHEMA + ".handover";

	/** One row per proxy replica that has stopped sending a handover's context's writes anywhere. */
	public static final String HANDOVER_ACK = SCHEMA + ".handover_ack";

	/** One row per proxy replica, with the time of its last heartbeat. */
	public static final String REPLICA = SCHEMA + ".replica";

	/**
	 * One row per CDC bridge stream (context, direction {@code l2s} or {@code s2l}): {@code applied_through}, the
	 * source commit time of the last change it applied, in the control database's clock. The proxy keeps a shopper's
	 * reads on legacy until the stream into the service has applied past the shopper's write.
	 */
	public static final String BRIDGE_PROGRESS = SCHEMA + ".bridge_progress";

	/** The direction of a {@link #BRIDGE_PROGRESS} row whose stream copies legacy's changes into the service. */
	public static final String LEGACY_TO_SERVICE = "l2s";

	/**
	 * The NOTIFY channel: the payload is a context whose phase changed, {@code handover:<context>} when one of
	 * its handovers changed state, or {@link #PLANS_RELOADED_PAYLOAD} when an operator reloaded the plan files.
	 */
	public static final String CHANNEL = "strangler_control";

	/** The payload prefix of a handover's notifications. */
	public static final String HANDOVER_PAYLOAD_PREFIX = "handover:";

	/** The payload that tells every proxy replica to re-read its plan files (no context has a colon in its name). */
	public static final String PLANS_RELOADED_PAYLOAD = "plans:reloaded";

	private ControlSchema() {
	}

}
