package dev.stranglerfig.legacy.shipping;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ShippingController {

	private final ShippingService shippingService;

	ShippingController(ShippingService shippingService) {
		this.shippingService = shippingService;
	}

	@GetMapping("/api/shipments/{id}")
	ShipmentResponse get(@PathVariable Long id) {
		return this.shippingService.get(id);
	}

	@GetMapping("/api/shipments/tracking/{trackingNumber}")
	ShipmentResponse track(@PathVariable String trackingNumber) {
		return this.shippingService.getByTrackingNumber(trackingNumber);
	}

	@GetMapping("/api/orders/{orderId}/shipment")
	ShipmentResponse shipmentOfOrder(@PathVariable Long orderId) {
		return this.shippingService.getByOrder(orderId);
	}

	/** The carrier's webhook. */
	@PostMapping("/api/shipments/{id}/events")
	ShipmentResponse record(@PathVariable Long id, @Valid @RequestBody ShippingRequests.CarrierEvent event) {
		return this.shippingService.record(id, event);
	}

}
