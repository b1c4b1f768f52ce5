package dev.stranglerfig.legacy.shipping;

import java.time.Instant;
import java.util.List;

record ShipmentResponse(Long id, Long orderId, Carrier carrier, String trackingNumber, ShipmentStatus status,
		String recipientName, String line1, String line2, String city, String postalCode, String country,
		Instant shippedAt, Instant deliveredAt, Instant createdAt, List<EventResponse> events) {

	static ShipmentResponse of(Shipment s) {
		return new ShipmentResponse(s.getId(), s.getOrder().getId(), s.getCarrier(), s.getTrackingNumber(),
				s.getStatus(), s.getRecipientName(), s.getLine1(), s.getLine2(), s.getCity(), s.getPostalCode(),
				s.getCountry(), s.getShippedAt(), s.getDeliveredAt(), s.getCreatedAt(),
				s.getEvents().stream().map(EventResponse::of).toList());
	}

	record EventResponse(ShipmentStatus status, String location, Instant occurredAt) {

		static EventResponse of(ShipmentEvent event) {
			return new EventResponse(event.getStatus(), event.getLocation(), event.getOccurredAt());
		}

	}

}
