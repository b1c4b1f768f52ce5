package dev.stranglerfig.legacy.shipping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.legacy.common.BaseEntity;
import dev.stranglerfig.legacy.common.ConflictException;
import dev.stranglerfig.legacy.common.ShopClock;
import dev.stranglerfig.legacy.orders.Order;
import dev.stranglerfig.legacy.users.Address;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The parcel of an order. The address is copied in rather than referenced, so a shopper editing or deleting
 * an address later does not redirect a parcel already handed to the carrier.
 */
@Entity
@Table(name = "shipment")
class Shipment extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private Order order;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Carrier carrier;

	@Column(name = "tracking_number", nullable = false, unique = true)
	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ShipmentStatus status = ShipmentStatus.PENDING;

	@Column(name = "recipient_name", nullable = false)
	private String recipientName;

	@Column(nullable = false)
	private String line1;

	private String line2;

	@Column(nullable = false)
	private String city;

	@Column(name = "postal_code", nullable = false)
	private String postalCode;

	@Column(nullable = false)
	private String country;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ShipmentEvent> events = new ArrayList<>();

	protected Shipment() {
	}

	Shipment(Order order, String recipientName, Address address) {
		this.order = order;
		this.carrier = Carrier.forCountry(address.getCountry());
		this.trackingNumber = this.carrier.newTrackingNumber();
		this.recipientName = recipientName;
		this.line1 = address.getLine1();
		this.line2 = address.getLine2();
		this.city = address.getCity();
		this.postalCode = address.getPostalCode();
		this.country = address.getCountry();
		this.events.add(new ShipmentEvent(this, ShipmentStatus.PENDING, null));
	}

	Order getOrder() {
		return this.order;
	}

	Carrier getCarrier() {
		return this.carrier;
	}

	String getTrackingNumber() {
		return this.trackingNumber;
	}

	ShipmentStatus getStatus() {
		return this.status;
	}

	String getRecipientName() {
		return this.recipientName;
	}

	String getLine1() {
		return this.line1;
	}

	String getLine2() {
		return this.line2;
	}

	String getCity() {
		return this.city;
	}

	String getPostalCode() {
		return this.postalCode;
	}

	String getCountry() {
		return this.country;
	}

	Instant getShippedAt() {
		return this.shippedAt;
	}

	Instant getDeliveredAt() {
		return this.deliveredAt;
	}

	List<ShipmentEvent> getEvents() {
		return this.events;
	}

	void dispatch(String location) {
		moveTo(ShipmentStatus.IN_TRANSIT, ShipmentStatus.PENDING, location);
		this.shippedAt = ShopClock.now();
	}

	void deliver(String location) {
		moveTo(ShipmentStatus.DELIVERED, ShipmentStatus.IN_TRANSIT, location);
		this.deliveredAt = ShopClock.now();
	}

	void cancel() {
		moveTo(ShipmentStatus.CANCELLED, ShipmentStatus.PENDING, null);
	}

	private void moveTo(ShipmentStatus to, ShipmentStatus requiredFrom, String location) {
		if (this.status != requiredFrom) {
			throw new ConflictException("invalid-shipment-transition",
					"Shipment " + getId() + " is " + this.status + " and cannot become " + to);
		}
		this.status = to;
		this.events.add(new ShipmentEvent(this, to, location));
	}

}
