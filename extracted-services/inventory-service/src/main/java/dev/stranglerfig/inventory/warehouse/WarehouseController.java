package dev.stranglerfig.inventory.warehouse;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** legacy's warehouse endpoints. */
@RestController
@RequestMapping("/api/warehouses")
class WarehouseController {

	private final Warehouses warehouses;

	WarehouseController(Warehouses warehouses) {
		this.warehouses = warehouses;
	}

	@GetMapping
	List<WarehouseResponse> list() {
		return this.warehouses.list().stream().map(WarehouseResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<WarehouseResponse> create(@Valid @RequestBody WarehouseRequests.NewWarehouse request) {
		WarehouseResponse warehouse = WarehouseResponse.of(this.warehouses.create(request));
		return ResponseEntity.created(URI.create("/api/warehouses/" + warehouse.code())).body(warehouse);
	}

	@GetMapping("/{code}")
	WarehouseResponse get(@PathVariable String code) {
		return WarehouseResponse.of(this.warehouses.get(code));
	}

}
