package dev.stranglerfig.inventory.reservation;

import java.time.Instant;

/** legacy's reservation JSON. */
record ReservationResponse(Long id, Long orderId, Long productId, String warehouseCode, int quantity,
		ReservationStatus status, Instant createdAt) {

	static ReservationResponse of(Reservation reservation) {
		return new ReservationResponse(reservation.id(), reservation.orderId(), reservation.productId(),
				reservation.warehouseCode(), reservation.quantity(), reservation.status(), reservation.createdAt());
	}

}
