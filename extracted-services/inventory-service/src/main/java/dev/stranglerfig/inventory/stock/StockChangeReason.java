package dev.stranglerfig.inventory.stock;

/** Why a stock level changed. */
public enum StockChangeReason {

	/** The back office set the units on hand ({@code PUT .../warehouses/{code}}). */
	SET,

	/** An order's reservation took units off sale. */
	RESERVED,

	/** A cancelled order's units went back on sale. */
	RELEASED,

	/** A shipped order's units left the warehouse. */
	SHIPPED

}
