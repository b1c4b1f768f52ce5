package dev.stranglerfig.legacy.inventory;

import java.net.URI;
import java.util.List;

import dev.stranglerfig.legacy.common.Paging;
import dev.stranglerfig.legacy.inventory.InventoryResponses.InStockProducts;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ProductAvailability;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ProductStock;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ReservationResponse;
import dev.stranglerfig.legacy.inventory.InventoryResponses.WarehouseResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InventoryController {

	private final InventoryService inventoryService;

	InventoryController(InventoryService inventoryService) {
		this.inventoryService = inventoryService;
	}

	@GetMapping("/api/warehouses")
	List<WarehouseResponse> warehouses() {
		return this.inventoryService.listWarehouses();
	}

	@PostMapping("/api/warehouses")
	ResponseEntity<WarehouseResponse> createWarehouse(@Valid @RequestBody InventoryRequests.NewWarehouse request) {
		WarehouseResponse warehouse = this.inventoryService.createWarehouse(request);
		return ResponseEntity.created(URI.create("/api/warehouses/" + warehouse.code())).body(warehouse);
	}

	@GetMapping("/api/warehouses/{code}")
	WarehouseResponse warehouse(@PathVariable String code) {
		return this.inventoryService.getWarehouse(code);
	}

	@GetMapping("/api/inventory/products/{productId}")
	ProductStock stock(@PathVariable Long productId) {
		return this.inventoryService.stockOf(productId);
	}

	@PutMapping("/api/inventory/products/{productId}/warehouses/{code}")
	ProductStock setStock(@PathVariable Long productId, @PathVariable String code,
			@Valid @RequestBody InventoryRequests.SetStock request) {
		return this.inventoryService.setStock(productId, code, request.quantityOnHand());
	}

	/**
	 * Sellable units of many products in one read, for catalog-service's product pages (a page of 20 products
	 * would otherwise be 20 calls). Products without stock records answer 0, as the old SQL join did.
	 */
	@GetMapping("/api/inventory/availability")
	List<ProductAvailability> availability(
			@RequestParam @NotEmpty @Size(max = Paging.MAX_SIZE) List<Long> productIds) {
		return this.inventoryService.availabilityOf(productIds);
	}

	/** Every product with units to sell, so catalog-service can filter its search by stock without a join. */
	@GetMapping("/api/inventory/in-stock-products")
	InStockProducts inStockProducts() {
		return this.inventoryService.inStockProducts();
	}

	@GetMapping("/api/inventory/reservations")
	List<ReservationResponse> reservations(@RequestParam Long orderId) {
		return this.inventoryService.reservationsOf(orderId);
	}

}
