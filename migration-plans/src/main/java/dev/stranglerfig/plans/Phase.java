package dev.stranglerfig.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a bounded context is in its migration. Reads move to the service first, writes (and with them the
 * ownership of the data) last. Moving forward is one step at a time; moving back (a rollback) may skip
 * steps, except across the write cutover, which is undone only through {@link #READS}.
 */
public enum Phase {

	/** Legacy serves everything and owns the data; the bridge copies it to the service. */
	LEGACY("legacy"),
	/** Legacy serves everything; safe requests are also sent to the service and the responses compared. */
	SHADOW("shadow"),
	/** A sticky cohort's reads go to the service; everything else to legacy. */
	CANARY("canary"),
	/** All reads go to the service, writes still to legacy, which owns the data. */
	READS("reads"),
	/** The service serves reads and writes and owns the data; the bridge copies it back to legacy. */
	WRITES("writes"),
	/** As {@link #WRITES}, and legacy's code for this context is gone. */
	RETIRED("retired");

	private final String value;

	Phase(String value) {
		this.value = value;
	}

	/** The name used in plan files, the admin API and the database. */
	public String value() {
		return this.value;
	}

	/** @throws IllegalArgumentException naming the valid phases */
	public static Phase of(String value) {
		return Arrays.stream(values())
			.filter(phase -> phase.value.equals(value == null ? null : value.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a phase; use one of "
					+ Arrays.stream(values()).map(Phase::value).collect(Collectors.joining(", "))));
	}

	public boolean serviceOwnsData() {
		return this == WRITES || this == RETIRED;
	}

	/** The phase a guard breach falls back to. */
	public Phase previous() {
		return (this == LEGACY) ? LEGACY : values()[ordinal() - 1];
	}

	/** Why moving from this phase to {@code target} is not allowed, or empty when it is. */
	public Optional<String> refusalOfMoveTo(Phase target) {
		if (target.ordinal() > ordinal() + 1) {
			return Optional.of("cannot move " + this.value + " -> " + target.value + " in one step; advance to "
					+ values()[ordinal() + 1].value + " first");
		}
		if (serviceOwnsData() && target.ordinal() < READS.ordinal()) {
			return Optional.of("cannot move " + this.value + " -> " + target.value
					+ ": the service owns the data, so hand ownership back first with a move to " + READS.value);
		}
		if (this == RETIRED && target == READS) {
			return Optional.of("cannot move retired -> reads in one step; move back to writes first");
		}
		return Optional.empty();
	}

}
