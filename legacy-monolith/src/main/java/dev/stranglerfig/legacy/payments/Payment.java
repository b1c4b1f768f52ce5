package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.legacy.common.BaseEntity;
import dev.stranglerfig.legacy.common.ConflictException;
import dev.stranglerfig.legacy.orders.Order;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A card charge captured for an order, and what has been refunded of it since. */
@Entity
@Table(name = "payment")
public class Payment extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private Order order;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(name = "refunded_amount", nullable = false, precision = 12, scale = 2)
	private BigDecimal refundedAmount = BigDecimal.ZERO.setScale(2);

	@Column(nullable = false)
	private String currency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PaymentStatus status = PaymentStatus.CAPTURED;

	@Column(name = "card_last4")
	private String cardLast4;

	@Column(name = "provider_ref", nullable = false)
	private String providerRef;

	@OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<Refund> refunds = new ArrayList<>();

	protected Payment() {
	}

	Payment(Order order, String cardLast4, String providerRef) {
		this.order = order;
		this.amount = order.getTotalAmount();
		this.currency = order.getCurrency();
		this.cardLast4 = cardLast4;
		this.providerRef = providerRef;
	}

	public Order getOrder() {
		return this.order;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public BigDecimal getRefundedAmount() {
		return this.refundedAmount;
	}

	public BigDecimal getRefundableAmount() {
		return this.amount.subtract(this.refundedAmount);
	}

	public String getCurrency() {
		return this.currency;
	}

	public PaymentStatus getStatus() {
		return this.status;
	}

	public String getCardLast4() {
		return this.cardLast4;
	}

	public String getProviderRef() {
		return this.providerRef;
	}

	List<Refund> getRefunds() {
		return this.refunds;
	}

	Refund refund(BigDecimal refundAmount, String reason) {
		if (refundAmount.compareTo(getRefundableAmount()) > 0) {
			throw new ConflictException("refund-exceeds-payment", "Payment " + getId() + " has "
					+ getRefundableAmount() + " " + this.currency + " left to refund, not " + refundAmount);
		}
		this.refundedAmount = this.refundedAmount.add(refundAmount);
		this.status = (this.refundedAmount.compareTo(this.amount) == 0) ? PaymentStatus.REFUNDED
				: PaymentStatus.PARTIALLY_REFUNDED;
		Refund refund = new Refund(this, refundAmount, reason);
		this.refunds.add(refund);
		return refund;
	}

}
