package dev.stranglerfig.legacy.inventory;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Units of one warehouse's stock held for an order until it ships or is cancelled. */
@Entity
@Table(name = "stock_reservation")
class StockReservation extends BaseEntity {

	// The order by id only: inventory no longer needs the orders module, and since V2 the table no longer has a
	// foreign key to customer_order either (inventory-service's reservations can name orders legacy never kept).
	@Column(name = "order_id", nullable = false)
	private Long orderId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "warehouse_id")
	private Warehouse warehouse;

	@Column(nullable = false)
	private int quantity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReservationStatus status = ReservationStatus.HELD;

	protected StockReservation() {
	}

	StockReservation(long orderId, StockItem stock, int quantity) {
		this.orderId = orderId;
		this.product = stock.getProduct();
		this.warehouse = stock.getWarehouse();
		this.quantity = quantity;
	}

	Long getOrderId() {
		return this.orderId;
	}

	Product getProduct() {
		return this.product;
	}

	Warehouse getWarehouse() {
		return this.warehouse;
	}

	int getQuantity() {
		return this.quantity;
	}

	ReservationStatus getStatus() {
		return this.status;
	}

	void changeStatus(ReservationStatus status) {
		this.status = status;
	}

}
