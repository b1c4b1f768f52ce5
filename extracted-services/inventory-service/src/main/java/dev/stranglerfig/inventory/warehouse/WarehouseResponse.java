package dev.stranglerfig.inventory.warehouse;

/** legacy's warehouse JSON: no timestamps. */
record WarehouseResponse(Long id, String code, String name, String city, String country) {

	static WarehouseResponse of(Warehouse warehouse) {
		return new WarehouseResponse(warehouse.id(), warehouse.code(), warehouse.name(), warehouse.city(),
				warehouse.country());
	}

}
