package dev.stranglerfig.legacy.shipping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the shipping API. */
final class ShippingRequests {

	private ShippingRequests() {
	}

	record CarrierEvent(@NotNull CarrierUpdate status, @Size(max = 100) String location) {
	}

}
