package dev.stranglerfig.legacy.analytics;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One product sold in one order, as the reporting side records it (append-only). */
@Entity
@Table(name = "sales_event")
public class SalesEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false)
	private Long orderId;

	@Column(name = "product_id", nullable = false)
	private Long productId;

	@Column(nullable = false)
	private int quantity;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected SalesEvent() {
	}

	SalesEvent(Long orderId, Long productId, int quantity, BigDecimal amount, Instant occurredAt) {
		this.orderId = orderId;
		this.productId = productId;
		this.quantity = quantity;
		this.amount = amount;
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public Long getProductId() {
		return this.productId;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
