package dev.stranglerfig.testsupport.journey;

import java.util.List;

/**
 * One step of a context's migration: a phase, and for canary the share of shoppers on the service.
 *
 * @param percent the canary percent, or null to keep the current one
 */
public record Move(String phase, Integer percent) {

	/** The whole story of architecture.md: forward to retired, then ownership back to legacy and reads. */
	public static final List<Move> JOURNEY = List.of(new Move("shadow", null), new Move("canary", 10),
			new Move("canary", 50), new Move("reads", null), new Move("writes", null), new Move("retired", null),
			new Move("writes", null), new Move("reads", null));

	public String label() {
		return (this.percent != null) ? this.phase + " " + this.percent + "%" : this.phase;
	}

}
