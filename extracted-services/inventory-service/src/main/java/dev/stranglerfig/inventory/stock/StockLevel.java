package dev.stranglerfig.inventory.stock;

/** Units of one product in one warehouse, and how many of them open orders hold. */
public record StockLevel(Long id, Long productId, Long warehouseId, String warehouseCode, int onHand, int reserved) {

	/** What is left to sell. */
	public int available() {
		return this.onHand - this.reserved;
	}

}
