package dev.stranglerfig.legacy.inventory;

enum ReservationStatus {

	HELD, RELEASED, SHIPPED

}
