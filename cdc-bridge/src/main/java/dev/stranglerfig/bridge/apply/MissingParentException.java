package dev.stranglerfig.bridge.apply;

import java.sql.SQLException;

/**
 * A change the target refused because the row it references is not there yet, in a batch whose caller expects the
 * parent to arrive by another path. The transaction is rolled back; the caller holds {@link #event()} and retries.
 */
public final class MissingParentException extends SQLException {

	private final transient ChangeEvent event;

	MissingParentException(ChangeEvent event, String reason) {
		super(reason, "23503");
		this.event = event;
	}

	public ChangeEvent event() {
		return this.event;
	}

}
