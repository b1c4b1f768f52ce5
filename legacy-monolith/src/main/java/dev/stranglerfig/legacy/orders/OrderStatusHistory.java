package dev.stranglerfig.legacy.orders;

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

/** One status change of an order, kept for customer service (append-only). */
@Entity
@Table(name = "order_status_history")
class OrderStatusHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private Order order;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private OrderStatus toStatus;

	private String reason;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected OrderStatusHistory() {
	}

	OrderStatusHistory(Order order, OrderStatus fromStatus, OrderStatus toStatus, String reason) {
		this.order = order;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.changedAt = ShopClock.now();
	}

	OrderStatus getFromStatus() {
		return this.fromStatus;
	}

	OrderStatus getToStatus() {
		return this.toStatus;
	}

	String getReason() {
		return this.reason;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

}
