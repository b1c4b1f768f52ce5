package dev.stranglerfig.inventory.warehouse;

import java.util.List;

import dev.stranglerfig.inventory.web.ConflictException;
import dev.stranglerfig.inventory.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The warehouses. Stock uses {@link #get} to resolve the warehouse a request names by code. */
@Service
public class Warehouses {

	private final WarehouseRepository warehouses;

	Warehouses(WarehouseRepository warehouses) {
		this.warehouses = warehouses;
	}

	@Transactional(readOnly = true)
	List<Warehouse> list() {
		return this.warehouses.findAllByCode();
	}

	/** The warehouse with this code; an unknown code is a 404, as in legacy. */
	@Transactional(readOnly = true)
	public Warehouse get(String code) {
		return this.warehouses.findByCode(code).orElseThrow(() -> new NotFoundException("Warehouse", code));
	}

	@Transactional
	Warehouse create(WarehouseRequests.NewWarehouse request) {
		if (this.warehouses.existsByCode(request.code())) {
			throw new ConflictException("duplicate-warehouse", "A warehouse with code " + request.code() + " exists");
		}
		return this.warehouses.insert(request);
	}

}
