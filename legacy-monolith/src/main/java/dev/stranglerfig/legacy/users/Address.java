package dev.stranglerfig.legacy.users;

import dev.stranglerfig.legacy.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A postal address of a user; orders ship to one and shipping copies it onto the shipment. */
@Entity
@Table(name = "address")
public class Address extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private String line1;

	private String line2;

	@Column(nullable = false)
	private String city;

	@Column(name = "postal_code", nullable = false)
	private String postalCode;

	@Column(nullable = false)
	private String country;

	@Column(name = "is_default", nullable = false)
	private boolean isDefault;

	protected Address() {
	}

	Address(User user, String label, String line1, String line2, String city, String postalCode, String country,
			boolean isDefault) {
		this.user = user;
		this.label = label;
		this.line1 = line1;
		this.line2 = line2;
		this.city = city;
		this.postalCode = postalCode;
		this.country = country;
		this.isDefault = isDefault;
	}

	public User getUser() {
		return this.user;
	}

	public String getLabel() {
		return this.label;
	}

	public String getLine1() {
		return this.line1;
	}

	public String getLine2() {
		return this.line2;
	}

	public String getCity() {
		return this.city;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getCountry() {
		return this.country;
	}

	public boolean isDefault() {
		return this.isDefault;
	}

	void clearDefault() {
		this.isDefault = false;
	}

}
