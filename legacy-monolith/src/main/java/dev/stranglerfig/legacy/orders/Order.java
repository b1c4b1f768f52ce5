package dev.stranglerfig.legacy.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.common.BaseEntity;
import dev.stranglerfig.legacy.common.ShopClock;
import dev.stranglerfig.legacy.users.Address;
import dev.stranglerfig.legacy.users.User;
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

/**
 * A shopper's order. Inventory reservations, payments, the shipment and sales events all point at it; shipping
 * moves it to SHIPPED and DELIVERED itself. Every status change is recorded in its history.
 */
@Entity
@Table(name = "customer_order")
public class Order extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "shipping_address_id")
	private Address shippingAddress;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status;

	@Column(name = "total_amount", nullable = false, precision = 12, scale = 2)
	private BigDecimal totalAmount = BigDecimal.ZERO.setScale(2);

	@Column(nullable = false)
	private String currency;

	@Column(name = "placed_at", nullable = false)
	private Instant placedAt;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<OrderLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<OrderStatusHistory> history = new ArrayList<>();

	protected Order() {
	}

	Order(User user, Address shippingAddress, String currency) {
		this.user = user;
		this.shippingAddress = shippingAddress;
		this.currency = currency;
		this.placedAt = ShopClock.now();
		changeStatus(OrderStatus.PLACED, null);
	}

	public User getUser() {
		return this.user;
	}

	public Address getShippingAddress() {
		return this.shippingAddress;
	}

	public OrderStatus getStatus() {
		return this.status;
	}

	public BigDecimal getTotalAmount() {
		return this.totalAmount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

	List<OrderLine> getLines() {
		return this.lines;
	}

	List<OrderStatusHistory> getHistory() {
		return this.history;
	}

	OrderLine addLine(Product product, int quantity) {
		OrderLine line = new OrderLine(this, product, quantity);
		this.lines.add(line);
		this.totalAmount = this.totalAmount.add(line.getLineTotal());
		return line;
	}

	void markPaid() {
		changeStatus(OrderStatus.PAID, null);
	}

	boolean isCancellable() {
		return this.status == OrderStatus.PLACED || this.status == OrderStatus.PAID;
	}

	void cancel(String reason) {
		changeStatus(OrderStatus.CANCELLED, reason);
	}

	/** The carrier picked the parcel up (shipping calls this from its webhook). */
	public void markShipped() {
		requireStatus(OrderStatus.PAID);
		changeStatus(OrderStatus.SHIPPED, null);
	}

	/** The carrier delivered the parcel (shipping calls this from its webhook). */
	public void markDelivered() {
		requireStatus(OrderStatus.SHIPPED);
		changeStatus(OrderStatus.DELIVERED, null);
	}

	private void requireStatus(OrderStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Order " + getId() + " is " + this.status + ", not " + expected);
		}
	}

	private void changeStatus(OrderStatus to, String reason) {
		this.history.add(new OrderStatusHistory(this, this.status, to, reason));
		this.status = to;
	}

}
