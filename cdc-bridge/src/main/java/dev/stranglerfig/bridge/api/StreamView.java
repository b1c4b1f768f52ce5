package dev.stranglerfig.bridge.api;

/**
 * One context's stream as {@code GET /bridge/contexts} shows it.
 *
 * @param direction {@code l2s} (legacy to service) or {@code s2l}
 * @param state the worst state of the stream's workers ({@code RUNNING}, {@code RETRYING}, {@code FAILED}, ...)
 * @param detail why, when the state is not {@code RUNNING}; empty otherwise
 * @param slotLagBytes WAL the stream's slot holds on the source (current LSN minus confirmed flush LSN)
 * @param lagMillis source commit to target commit of the last change applied (heartbeats refresh it on an idle stream)
 * @param applied row changes written to the target since the bridge started
 * @param deadLettered row changes set aside in {@code strangler_bridge.dead_letter} since the bridge started
 */
record StreamView(String context, String stream, String direction, String state, String detail, long slotLagBytes,
		long lagMillis, long applied, long deadLettered) {
}
