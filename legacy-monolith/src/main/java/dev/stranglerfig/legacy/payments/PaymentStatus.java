package dev.stranglerfig.legacy.payments;

public enum PaymentStatus {

	CAPTURED, PARTIALLY_REFUNDED, REFUNDED

}
