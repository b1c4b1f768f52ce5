package dev.stranglerfig.catalog.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the product API, with legacy's constraints (and so its validation messages). */
final class ProductRequests {

	private ProductRequests() {
	}

	record NewProduct(@NotBlank @Size(max = 40) String sku, @NotBlank @Size(max = 200) String name,
			String description, @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal price,
			@Pattern(regexp = "[A-Z]{3}") String currency, Long categoryId) {

		/** The shop has always sold in euros unless told otherwise. */
		String currencyOrDefault() {
			return (this.currency != null) ? this.currency : "EUR";
		}

	}

	record UpdateProduct(@NotBlank @Size(max = 200) String name, String description,
			@NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal price, Long categoryId,
			@NotNull Boolean active) {
	}

}
