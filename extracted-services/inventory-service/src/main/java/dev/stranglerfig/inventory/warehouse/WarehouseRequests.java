package dev.stranglerfig.inventory.warehouse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the warehouse API, with legacy's constraints (and so its validation messages). */
final class WarehouseRequests {

	private WarehouseRequests() {
	}

	record NewWarehouse(@NotBlank @Size(max = 16) String code, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 100) String city, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {
	}

}
