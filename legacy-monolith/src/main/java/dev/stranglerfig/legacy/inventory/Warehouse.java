package dev.stranglerfig.legacy.inventory;

import dev.stranglerfig.legacy.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A building stock is kept in, known to the back office by its short code. */
@Entity
@Table(name = "warehouse")
class Warehouse extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String city;

	@Column(nullable = false)
	private String country;

	protected Warehouse() {
	}

	Warehouse(String code, String name, String city, String country) {
		this.code = code;
		this.name = name;
		this.city = city;
		this.country = country;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getCity() {
		return this.city;
	}

	String getCountry() {
		return this.country;
	}

}
