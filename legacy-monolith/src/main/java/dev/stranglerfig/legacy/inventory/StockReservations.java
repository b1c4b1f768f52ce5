package dev.stranglerfig.legacy.inventory;

import java.util.List;

/**
 * The one way the order flow reaches inventory: hold stock for an order's lines, give it back when the order is
 * cancelled, take it out of the warehouses when the parcel leaves. Every call names the order by id only (no
 * entity crosses the line) and must run inside the caller's transaction.
 * <p>
 * Two implementations, chosen by {@code legacy.inventory.remote} (see {@link InventoryProperties}): in-process on
 * the monolith's own tables (the default, while the monolith owns inventory's data) and over HTTP to
 * inventory-service (once the service owns it).
 */
public interface StockReservations {

	/**
	 * Holds the lines' units for the order, all or none; too little stock for a line is a 409
	 * {@code insufficient-stock} problem.
	 */
	void reserve(long orderId, List<ReservationLine> lines);

	/** Puts the order's held units back on sale (the order was cancelled). */
	void release(long orderId);

	/** The order's held units left the warehouses with the parcel. */
	void commit(long orderId);

	/** One order line: the product (its SKU names it in problems) and how many units. */
	record ReservationLine(long productId, String sku, int quantity) {
	}

}
