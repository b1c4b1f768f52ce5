package dev.stranglerfig.legacy.inventory;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the inventory API. */
final class InventoryRequests {

	private InventoryRequests() {
	}

	record NewWarehouse(@NotBlank @Size(max = 16) String code, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 100) String city, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {
	}

	record SetStock(@NotNull @Min(0) Integer quantityOnHand) {
	}

}
