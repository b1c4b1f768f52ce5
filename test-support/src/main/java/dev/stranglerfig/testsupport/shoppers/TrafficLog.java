package dev.stranglerfig.testsupport.shoppers;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything the shoppers saw, shared by their threads, with the phase labels the run went through. */
final class TrafficLog {

	private final Queue<Visit> visits = new ConcurrentLinkedQueue<>();

	private final Queue<Write> writes = new ConcurrentLinkedQueue<>();

	private final List<String> phases = new CopyOnWriteArrayList<>();

	TrafficLog(String firstPhase) {
		this.phases.add(firstPhase);
	}

	int phase() {
		return this.phases.size() - 1;
	}

	private volatile boolean moving;

	/** Whether a move is under way, so a request now cannot tell which phase served it. */
	boolean moving() {
		return this.moving;
	}

	void leave() {
		this.moving = true;
	}

	void enter(String phase) {
		this.phases.add(phase);
		this.moving = false;
	}

	void visit(Visit visit) {
		this.visits.add(visit);
	}

	void write(Write write) {
		this.writes.add(write);
	}

	TrafficReport report() {
		return new TrafficReport(List.copyOf(this.phases), new ArrayList<>(this.visits), new ArrayList<>(this.writes));
	}

}
