package dev.stranglerfig.legacy.shipping;

enum ShipmentStatus {

	PENDING, IN_TRANSIT, DELIVERED, CANCELLED

}
