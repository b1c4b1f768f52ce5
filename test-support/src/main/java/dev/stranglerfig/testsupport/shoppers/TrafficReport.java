package dev.stranglerfig.testsupport.shoppers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the shoppers saw, and the checks a migration must pass on it. */
public record TrafficReport(List<String> phases, List<Visit> visits, List<Write> writes) {

	/** Responses a shopper would call a failure: 5xx or no answer at all. */
	public List<Visit> serverErrors() {
		return this.visits.stream().filter(Visit::serverError).toList();
	}

	/** Client errors the request did not call for (a 400 naming an unknown user, say). */
	public List<Visit> unexpected() {
		return this.visits.stream().filter(visit -> !visit.expected() && !visit.serverError()).toList();
	}

	/**
	 * Shoppers served by both sides for the same context and kind of request (reads or writes) within one phase;
	 * requests in flight across a phase change, and reads the proxy kept on legacy right after the shopper's own
	 * write, are not judged.
	 */
	public List<String> sideSwitches() {
		Map<String, Map<String, Map<String, Long>>> sides = new TreeMap<>();
		for (Visit visit : this.visits) {
			if (visit.servedBy() != null && !visit.straddled() && !visit.heldAfterOwnWrite()) {
				// By the phase's index, not its label: a journey passes the same phase twice.
				String who = visit.actor() + " in '" + this.phases.get(visit.phase()) + "' (phase " + visit.phase() + "): "
						+ visit.context() + (visit.safe() ? " reads" : " writes");
				sides.computeIfAbsent(who, key -> new TreeMap<>())
					.computeIfAbsent(visit.side(), key -> new TreeMap<>())
					.merge(visit.endpoint() + " " + visit.status(), 1L, Long::sum);
			}
		}
		List<String> switches = new ArrayList<>();
		sides.forEach((who, served) -> {
			if (served.size() > 1) {
				switches.add(who + " served by " + served);
			}
		});
		return switches;
	}

	/**
	 * Of the actors whose reads of {@code context} a plan claimed in the phase, the share served by the service
	 * (reads kept on legacy right after the actor's own write left out).
	 */
	public double serviceShare(String phase, String context) {
		int index = this.phases.lastIndexOf(phase);
		Map<String, Set<String>> byActor = new TreeMap<>();
		for (Visit visit : this.visits) {
			if (visit.phase() == index && !visit.straddled() && visit.safe() && !visit.heldAfterOwnWrite()
					&& context.equals(visit.context())) {
				byActor.computeIfAbsent(visit.actor(), actor -> new TreeSet<>()).add(visit.side());
			}
		}
		if (byActor.isEmpty()) {
			return Double.NaN;
		}
		return byActor.values().stream().filter(sides -> sides.contains("service")).count() / (double) byActor.size();
	}

	public List<Write> writes(Write.Kind kind) {
		return this.writes.stream().filter(write -> write.kind() == kind).toList();
	}

	/** The last value each id was given by writes of this kind (profile names, prices). */
	public Map<Long, String> lastWrites(Write.Kind kind) {
		Map<Long, String> last = new TreeMap<>();
		writes(kind).forEach(write -> last.put(write.id(), write.marker()));
		return last;
	}

	/** A few lines for a person: totals, failures by endpoint, writes by kind. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(this.visits.size()).append(" requests over phases ").append(this.phases).append('\n');
		text.append("  server errors: ").append(serverErrors().size()).append(byEndpoint(serverErrors())).append('\n');
		text.append("  unexpected client errors: ").append(unexpected().size()).append(byEndpoint(unexpected()))
			.append('\n');
		text.append("  side switches within a phase: ").append(sideSwitches().size()).append('\n');
		text.append("  reads kept on legacy after the shopper's own write: ")
			.append(this.visits.stream().filter(Visit::heldAfterOwnWrite).count())
			.append('\n');
		Map<String, Long> writeCounts = this.writes.stream()
			.collect(Collectors.groupingBy(write -> write.kind().name().toLowerCase(Locale.ROOT), TreeMap::new,
					Collectors.counting()));
		text.append("  acknowledged writes: ").append(writeCounts).append('\n');
		return text.toString();
	}

	private static String byEndpoint(List<Visit> visits) {
		if (visits.isEmpty()) {
			return "";
		}
		Map<String, Long> counts = visits.stream()
			.collect(Collectors.groupingBy(visit -> visit.endpoint() + " " + visit.status(), TreeMap::new,
					Collectors.counting()));
		return " " + counts + ", first: " + visits.get(0).detail();
	}

}
