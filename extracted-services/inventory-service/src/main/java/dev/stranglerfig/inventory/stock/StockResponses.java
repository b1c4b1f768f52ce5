package dev.stranglerfig.inventory.stock;

import java.util.List;

import dev.stranglerfig.inventory.catalog.Product;

/** Response bodies of the stock API, field for field legacy's. */
final class StockResponses {

	private StockResponses() {
	}

	record WarehouseStock(String warehouseCode, int onHand, int reserved, int available) {

		static WarehouseStock of(StockLevel level) {
			return new WarehouseStock(level.warehouseCode(), level.onHand(), level.reserved(), level.available());
		}

	}

	record ProductStock(Long productId, String sku, int onHand, int reserved, int available,
			List<WarehouseStock> warehouses) {

		static ProductStock of(Product product, List<StockLevel> levels) {
			List<WarehouseStock> warehouses = levels.stream().map(WarehouseStock::of).toList();
			return new ProductStock(product.id(), product.sku(),
					warehouses.stream().mapToInt(WarehouseStock::onHand).sum(),
					warehouses.stream().mapToInt(WarehouseStock::reserved).sum(),
					warehouses.stream().mapToInt(WarehouseStock::available).sum(), warehouses);
		}

	}

	/** Sellable units of a product over all warehouses: on hand minus reserved. */
	record ProductAvailability(Long productId, long availableQuantity) {
	}

	/** The ids of the products with at least one sellable unit, ascending. */
	record InStockProducts(List<Long> productIds) {
	}

}
