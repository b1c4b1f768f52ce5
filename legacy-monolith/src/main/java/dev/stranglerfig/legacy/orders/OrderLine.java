package dev.stranglerfig.legacy.orders;

import java.math.BigDecimal;

import dev.stranglerfig.legacy.catalog.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One product of an order, at the price the shopper saw when ordering (not the catalog's current price). */
@Entity
@Table(name = "order_line")
class OrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private Order order;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
	private BigDecimal unitPrice;

	@Column(name = "line_total", nullable = false, precision = 12, scale = 2)
	private BigDecimal lineTotal;

	protected OrderLine() {
	}

	OrderLine(Order order, Product product, int quantity) {
		this.order = order;
		this.product = product;
		this.quantity = quantity;
		this.unitPrice = product.getPrice();
		this.lineTotal = this.unitPrice.multiply(BigDecimal.valueOf(quantity));
	}

	Product getProduct() {
		return this.product;
	}

	int getQuantity() {
		return this.quantity;
	}

	BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	BigDecimal getLineTotal() {
		return this.lineTotal;
	}

}
