package dev.stranglerfig.bridge.sync;

import dev.stranglerfig.plans.Phase;

/** Which way a context's rows flow: from whoever owns the data to the other side. */
public enum Direction {

	/** Legacy owns the data (phases before {@code writes}); the service's tables follow it. */
	LEGACY_TO_SERVICE("l2s"),
	/** The service owns the data (from {@code writes} on); legacy's tables follow it for code still reading them. */
	SERVICE_TO_LEGACY("s2l");

	private final String value;

	Direction(String value) {
		this.value = value;
	}

	/** The short form in slot, publication and origin names. */
	public String value() {
		return this.value;
	}

	public static Direction forPhase(Phase phase) {
		return phase.serviceOwnsData() ? SERVICE_TO_LEGACY : LEGACY_TO_SERVICE;
	}

	public static Direction of(String value) {
		for (Direction direction : values()) {
			if (direction.value.equals(value)) {
				return direction;
			}
		}
		throw new IllegalArgumentException("'" + value + "' is not a direction; use l2s or s2l");
	}

}
