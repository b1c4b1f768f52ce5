package dev.stranglerfig.proxy.handover;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import dev.stranglerfig.plans.control.HandoverState;

import org.springframework.stereotype.Component;

/**
 * This replica's gate for each context's writes. Normally a write passes and is counted in flight until its response
 * is done; while a handover is open the gate is closed, and a write arriving waits (a {@link Mono}, no thread blocked)
 * for the handover's outcome. The handover is acknowledged only once the writes that passed before the gate closed
 * have all finished.
 */
@Component
public class WriteHolds {

	/** What a write gets at the gate. */
	public enum Gate {

		/** Go on; call {@link WriteHolds#leave(String)} when the response is done. */
		PASS,
		/** It was held and ownership moved: route it again, by the new table. */
		RELEASED,
		/** It was held and the handover was aborted: answer 503 with Retry-After; nothing was applied. */
		ABORTED,
		/** This replica has lost touch with the control database: answer 503; nothing was applied. */
		FENCED

	}

	private final Map<String, ContextGate> gates = new ConcurrentHashMap<>();

	private final ReplicaHeartbeat replica;

	private final MeterRegistry meters;

	/** Set when this replica stops taking part in handovers: no gate closes again. */
	private boolean released;

	WriteHolds(ReplicaHeartbeat replica, MeterRegistry meters) {
		this.replica = replica;
		this.meters = meters;
	}

	public Mono<Gate> enter(String context) {
		if (this.replica.fenced()) {
			return Mono.just(Gate.FENCED);
		}
		ContextGate gate = gate(context);
		// Counted first, then the hold read; the hold is set first, then the count read (both volatile): a write
		// and a closing gate never miss each other.
		gate.inFlight.incrementAndGet();
		Hold hold = gate.hold;
		if (hold == null) {
			return Mono.just(Gate.PASS);
		}
		gate.inFlight.decrementAndGet();
		this.meters.counter("strangler.handover.held.writes", "context", context).increment();
		return hold.outcome.asMono().map(state -> (state == HandoverState.FLIPPED) ? Gate.RELEASED : Gate.ABORTED);
	}

	public void leave(String context) {
		gate(context).inFlight.decrementAndGet();
	}

	/**
	 * Closes the gate for a handover. A gate still closed for an earlier handover stays as it is until that one's
	 * outcome opens it (its held writes wait on that outcome); the next handover closes it again then.
	 */
	synchronized void close(String context, long handoverId) {
		if (this.released) {
			return;
		}
		ContextGate gate = gate(context);
		if (gate.hold == null) {
			gate.hold = new Hold(handoverId, Timer.start(this.meters));
		}
	}

	/** The handover each closed gate is closed for, by context. */
	Map<String, Long> holds() {
		Map<String, Long> holds = new HashMap<>();
		this.gates.forEach((context, gate) -> {
			Hold hold = gate.hold;
			if (hold != null) {
				holds.put(context, hold.handoverId);
			}
		});
		return holds;
	}

	boolean drained(String context) {
		return gate(context).inFlight.get() == 0;
	}

	/** Opens the gate: the held writes go on ({@code flipped}: routed again by the table now serving) or get 503. */
	synchronized void open(String context, HandoverState outcome) {
		ContextGate gate = gate(context);
		Hold hold = gate.hold;
		if (hold == null) {
			return;
		}
		gate.hold = null;
		hold.timer.stop(this.meters.timer("strangler.handover.hold", "context", context, "outcome", outcome.value()));
		hold.outcome.tryEmitValue(outcome);
	}

	/**
	 * Opens every gate for good, its held writes refused as an aborted handover's (503, nothing applied): this replica
	 * is stopping, and a handover still open finishes without it.
	 */
	synchronized void releaseAll() {
		this.released = true;
		this.gates.keySet().forEach(context -> open(context, HandoverState.ABORTED));
	}

	private ContextGate gate(String context) {
		return this.gates.computeIfAbsent(context, key -> new ContextGate());
	}

	private static final class ContextGate {

		final AtomicInteger inFlight = new AtomicInteger();

		volatile Hold hold;

	}

	private record Hold(long handoverId, Timer.Sample timer, Sinks.One<HandoverState> outcome) {

		Hold(long handoverId, Timer.Sample timer) {
			this(handoverId, timer, Sinks.one());
		}

	}

}
