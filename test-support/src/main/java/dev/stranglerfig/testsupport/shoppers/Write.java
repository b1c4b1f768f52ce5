package dev.stranglerfig.testsupport.shoppers;

/**
 * A write the shop acknowledged with a 2xx, which must afterwards be found exactly once on the side that owns its
 * table (and, once the bridge has caught up, on the other side too).
 *
 * @param kind what was written
 * @param actor who wrote it
 * @param id the id of the row the write created or changed
 * @param marker a value only this write put there (an email, a label, a name, a price), to find it by
 */
public record Write(Kind kind, String actor, long id, String marker) {

	public enum Kind {

		/** A registered account: {@code marker} is its email. */
		USER,
		/** A profile edit: {@code marker} is the full name it set; the last edit per user is what stays. */
		PROFILE,
		/** A new address: {@code marker} is its label. */
		ADDRESS,
		/** A placed order. */
		ORDER,
		/** A published review: {@code marker} is its title. */
		REVIEW,
		/** A new product: {@code marker} is its SKU. */
		PRODUCT,
		/** A price change: {@code marker} is the price it set; the last change per product is what stays. */
		PRICE

	}

}
