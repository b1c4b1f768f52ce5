package dev.stranglerfig.legacy.inventory;

import java.time.Instant;
import java.util.List;

import dev.stranglerfig.legacy.catalog.Product;

/** Response bodies of the inventory API. */
final class InventoryResponses {

	private InventoryResponses() {
	}

	record WarehouseResponse(Long id, String code, String name, String city, String country) {

		static WarehouseResponse of(Warehouse warehouse) {
			return new WarehouseResponse(warehouse.getId(), warehouse.getCode(), warehouse.getName(),
					warehouse.getCity(), warehouse.getCountry());
		}

	}

	record WarehouseStock(String warehouseCode, int onHand, int reserved, int available) {

		static WarehouseStock of(StockItem stock) {
			return new WarehouseStock(stock.getWarehouse().getCode(), stock.getQuantityOnHand(),
					stock.getQuantityReserved(), stock.available());
		}

	}

	record ProductStock(Long productId, String sku, int onHand, int reserved, int available,
			List<WarehouseStock> warehouses) {

		static ProductStock of(Product product, List<StockItem> stock) {
			List<WarehouseStock> warehouses = stock.stream().map(WarehouseStock::of).toList();
			return new ProductStock(product.getId(), product.getSku(),
					warehouses.stream().mapToInt(WarehouseStock::onHand).sum(),
					warehouses.stream().mapToInt(WarehouseStock::reserved).sum(),
					warehouses.stream().mapToInt(WarehouseStock::available).sum(), warehouses);
		}

	}

	record ReservationResponse(Long id, Long orderId, Long productId, String warehouseCode, int quantity,
			ReservationStatus status, Instant createdAt) {

		static ReservationResponse of(StockReservation reservation) {
			return new ReservationResponse(reservation.getId(), reservation.getOrderId(),
					reservation.getProduct().getId(), reservation.getWarehouse().getCode(), reservation.getQuantity(),
					reservation.getStatus(), reservation.getCreatedAt());
		}

	}

	/** Sellable units of a product over all warehouses: on hand minus reserved. */
	record ProductAvailability(Long productId, long availableQuantity) {
	}

	/** The ids of the products with at least one sellable unit, ascending. */
	record InStockProducts(List<Long> productIds) {
	}

}
