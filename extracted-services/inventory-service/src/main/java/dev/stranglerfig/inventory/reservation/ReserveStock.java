package dev.stranglerfig.inventory.reservation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/inventory/orders/{orderId}/reservation}: the order's lines. The SKU only names the
 * product in an insufficient-stock problem, word for word as the monolith's checkout does; inventory does not
 * ask the catalog for it in the middle of a checkout.
 */
record ReserveStock(@NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {

	record Line(@NotNull @Positive Long productId, @NotBlank @Size(max = 40) String sku,
			@NotNull @Min(1) Integer quantity) {
	}

	/**
	 * What a retry must repeat to count as the same request: products and quantities, in product order (as JSON,
	 * compared as jsonb). The SKU is left out: it is a label, not part of what is reserved.
	 */
	String fingerprint() {
		return this.lines.stream()
			.sorted(Comparator.comparing(Line::productId).thenComparing(Line::quantity))
			.map(line -> "{\"productId\":%d,\"quantity\":%d}".formatted(line.productId(), line.quantity()))
			.collect(Collectors.joining(",", "[", "]"));
	}

}
