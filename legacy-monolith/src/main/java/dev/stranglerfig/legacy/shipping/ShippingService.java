package dev.stranglerfig.legacy.shipping;

import java.util.Map;

import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.inventory.StockReservations;
import dev.stranglerfig.legacy.notifications.NotificationService;
import dev.stranglerfig.legacy.notifications.NotificationTemplate;
import dev.stranglerfig.legacy.orders.Order;
import dev.stranglerfig.legacy.users.Address;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels and their tracking. Carrier webhooks land here and reach straight into inventory and orders: a
 * dispatched parcel takes the stock off the shelves and moves the order on.
 */
@Service
public class ShippingService {

	private final ShipmentRepository shipments;

	private final StockReservations stock;

	private final NotificationService notifications;

	ShippingService(ShipmentRepository shipments, StockReservations stock, NotificationService notifications) {
		this.shipments = shipments;
		this.stock = stock;
		this.notifications = notifications;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void createShipment(Order order, Address address) {
		this.shipments.save(new Shipment(order, order.getUser().getFullName(), address));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void cancel(Order order) {
		this.shipments.findByOrderId(order.getId()).ifPresent(Shipment::cancel);
	}

	@Transactional(readOnly = true)
	ShipmentResponse get(Long id) {
		return ShipmentResponse.of(find(id));
	}

	@Transactional(readOnly = true)
	ShipmentResponse getByTrackingNumber(String trackingNumber) {
		return ShipmentResponse.of(this.shipments.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("Shipment with tracking number", trackingNumber)));
	}

	@Transactional(readOnly = true)
	ShipmentResponse getByOrder(Long orderId) {
		return ShipmentResponse.of(this.shipments.findByOrderId(orderId)
			.orElseThrow(() -> new NotFoundException("Shipment of order", orderId)));
	}

	@Transactional
	ShipmentResponse record(Long id, ShippingRequests.CarrierEvent event) {
		Shipment shipment = find(id);
		Order order = shipment.getOrder();
		switch (event.status()) {
			case IN_TRANSIT -> {
				shipment.dispatch(event.location());
				this.stock.commit(order.getId());
				order.markShipped();
				this.notifications.enqueue(order.getUser(), NotificationTemplate.SHIPMENT_DISPATCHED,
						Map.of("orderId", order.getId(), "carrier", shipment.getCarrier(), "trackingNumber",
								shipment.getTrackingNumber()));
			}
			case DELIVERED -> {
				shipment.deliver(event.location());
				order.markDelivered();
			}
		}
		this.shipments.flush();
		return ShipmentResponse.of(shipment);
	}

	private Shipment find(Long id) {
		return this.shipments.findById(id).orElseThrow(() -> new NotFoundException("Shipment", id));
	}

}
