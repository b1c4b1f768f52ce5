package dev.stranglerfig.legacy.inventory;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.common.BaseEntity;
import dev.stranglerfig.legacy.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * How many units of a product a warehouse holds and how many of those are promised to open orders.
 * Available is what is left to sell; the schema's checks keep reserved within on hand.
 */
@Entity
@Table(name = "stock_item")
class StockItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "warehouse_id")
	private Warehouse warehouse;

	@Column(name = "quantity_on_hand", nullable = false)
	private int quantityOnHand;

	@Column(name = "quantity_reserved", nullable = false)
	private int quantityReserved;

	protected StockItem() {
	}

	StockItem(Product product, Warehouse warehouse) {
		this.product = product;
		this.warehouse = warehouse;
	}

	Product getProduct() {
		return this.product;
	}

	Warehouse getWarehouse() {
		return this.warehouse;
	}

	int getQuantityOnHand() {
		return this.quantityOnHand;
	}

	int getQuantityReserved() {
		return this.quantityReserved;
	}

	int available() {
		return this.quantityOnHand - this.quantityReserved;
	}

	void setOnHand(int quantity) {
		if (quantity < this.quantityReserved) {
			throw new ConflictException("stock-below-reserved", "Warehouse " + this.warehouse.getCode() + " has "
					+ this.quantityReserved + " units reserved; on hand cannot drop to " + quantity);
		}
		this.quantityOnHand = quantity;
	}

	void reserve(int quantity) {
		this.quantityReserved += quantity;
	}

	void release(int quantity) {
		this.quantityReserved -= quantity;
	}

	/** The reserved units leave the building. */
	void ship(int quantity) {
		this.quantityReserved -= quantity;
		this.quantityOnHand -= quantity;
	}

}
