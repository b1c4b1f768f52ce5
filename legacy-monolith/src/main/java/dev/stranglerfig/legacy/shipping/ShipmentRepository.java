package dev.stranglerfig.legacy.shipping;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

	Optional<Shipment> findByTrackingNumber(String trackingNumber);

	Optional<Shipment> findByOrderId(Long orderId);

}
