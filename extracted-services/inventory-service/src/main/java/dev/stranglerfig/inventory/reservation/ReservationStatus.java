package dev.stranglerfig.inventory.reservation;

/** Where a reservation stands: held for its order until the order ships or is cancelled. */
enum ReservationStatus {

	HELD, RELEASED, SHIPPED

}
