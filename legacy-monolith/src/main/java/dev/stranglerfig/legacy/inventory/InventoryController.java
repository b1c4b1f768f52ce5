package dev.stranglerfig.legacy.inventory;

import java.net.URI;
import java.util.List;

import dev.stranglerfig.legacy.inventory.InventoryResponses.ProductStock;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ReservationResponse;
import dev.stranglerfig.legacy.inventory.InventoryResponses.WarehouseResponse;
import jakarta.validation.Valid;

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

	@GetMapping("/api/inventory/reservations")
	List<ReservationResponse> reservations(@RequestParam Long orderId) {
		return this.inventoryService.reservationsOf(orderId);
	}

}
