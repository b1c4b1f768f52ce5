package dev.stranglerfig.inventory.reservation;

import java.time.Instant;

/** Units of one warehouse's stock held for an order. */
record Reservation(Long id, Long orderId, Long productId, Long warehouseId, String warehouseCode, int quantity,
		ReservationStatus status, Instant createdAt) {
}
