package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;
import java.time.Instant;

import dev.stranglerfig.legacy.common.ShopClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Money given back on a payment (append-only). */
@Entity
@Table(name = "refund")
class Refund {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "payment_id")
	private Payment payment;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Refund() {
	}

	Refund(Payment payment, BigDecimal amount, String reason) {
		this.payment = payment;
		this.amount = amount;
		this.reason = reason;
		this.createdAt = ShopClock.now();
	}

	Long getId() {
		return this.id;
	}

	Payment getPayment() {
		return this.payment;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	String getReason() {
		return this.reason;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
