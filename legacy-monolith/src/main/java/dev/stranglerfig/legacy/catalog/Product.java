package dev.stranglerfig.legacy.catalog;

import java.math.BigDecimal;

import dev.stranglerfig.legacy.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Something the shop sells. Order lines, stock, reviews and analytics all reference it by id. */
@Entity
@Table(name = "product")
public class Product extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String sku;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal price;

	@Column(nullable = false)
	private String currency;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private Category category;

	@Column(nullable = false)
	private boolean active = true;

	protected Product() {
	}

	public Product(String sku, String name, String description, BigDecimal price, String currency, Category category) {
		this.sku = sku;
		this.name = name;
		this.description = description;
		this.price = stored(price);
		this.currency = currency;
		this.category = category;
	}

	public String getSku() {
		return this.sku;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public String getCurrency() {
		return this.currency;
	}

	public Category getCategory() {
		return this.category;
	}

	public boolean isActive() {
		return this.active;
	}

	public void update(String name, String description, BigDecimal price, Category category, boolean active) {
		this.name = name;
		this.description = description;
		this.price = stored(price);
		this.category = category;
		this.active = active;
	}

	/**
	 * The price as its {@code numeric(12,2)} column holds it, so the answer to a create or update prints
	 * {@code 5.00} as a later read does, not the request's {@code 5}. Requests allow two places at most, so this
	 * never rounds.
	 */
	private static BigDecimal stored(BigDecimal price) {
		return price.setScale(2);
	}

}
