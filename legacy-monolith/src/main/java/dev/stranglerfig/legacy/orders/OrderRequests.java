package dev.stranglerfig.legacy.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the orders API. */
final class OrderRequests {

	private OrderRequests() {
	}

	record PlaceOrder(@NotNull Long userId, @NotNull Long shippingAddressId,
			@NotBlank @Size(max = 100) @Pattern(regexp = "tok_\\w+") String cardToken,
			@NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {
	}

	record Line(@NotNull Long productId, @NotNull @Min(1) @Max(100) Integer quantity) {
	}

	record Cancel(@NotBlank @Size(max = 200) String reason) {
	}

}
