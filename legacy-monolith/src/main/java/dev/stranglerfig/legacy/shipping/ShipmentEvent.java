package dev.stranglerfig.legacy.shipping;

import java.time.Instant;

import dev.stranglerfig.legacy.common.ShopClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a parcel's journey, as the carrier or the shop reported it (append-only). */
@Entity
@Table(name = "shipment_event")
class ShipmentEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "shipment_id")
	private Shipment shipment;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ShipmentStatus status;

	private String location;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected ShipmentEvent() {
	}

	ShipmentEvent(Shipment shipment, ShipmentStatus status, String location) {
		this.shipment = shipment;
		this.status = status;
		this.location = location;
		this.occurredAt = ShopClock.now();
	}

	ShipmentStatus getStatus() {
		return this.status;
	}

	String getLocation() {
		return this.location;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

}
