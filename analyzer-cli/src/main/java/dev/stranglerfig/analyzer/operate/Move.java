package dev.stranglerfig.analyzer.operate;

import dev.stranglerfig.plans.Phase;

/** A requested phase change of one context, from its live state. */
record Move(String context, Phase from, int fromPercent, Phase to, int toPercent) {

	/** Further towards the service: a later phase, or a larger canary. Rollbacks are never held back. */
	boolean forward() {
		return this.to.ordinal() > this.from.ordinal()
				|| (this.to == Phase.CANARY && this.from == Phase.CANARY && this.toPercent > this.fromPercent);
	}

	/** Whether the service answers some shoppers' reads after the move: then its data must equal legacy's. */
	boolean serviceServesReads() {
		return switch (this.to) {
			case CANARY -> this.toPercent > 0;
			case READS, WRITES, RETIRED -> true;
			case LEGACY, SHADOW -> false;
		};
	}

	static String describe(Phase phase, int percent) {
		return (phase == Phase.CANARY) ? "canary " + percent + "%" : phase.value();
	}

	@Override
	public String toString() {
		return this.context + " from " + describe(this.from, this.fromPercent) + " to " + describe(this.to, this.toPercent);
	}

}
