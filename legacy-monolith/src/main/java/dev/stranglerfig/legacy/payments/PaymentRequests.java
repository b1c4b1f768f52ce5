package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the payments API. */
final class PaymentRequests {

	private PaymentRequests() {
	}

	record NewRefund(
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = 200) String reason) {
	}

}
