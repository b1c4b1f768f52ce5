package dev.stranglerfig.legacy.users;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.stranglerfig.legacy.common.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A shopper's account. Orders, reviews and notifications all point here. */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UserStatus status = UserStatus.ACTIVE;

	@Column(name = "marketing_opt_in", nullable = false)
	private boolean marketingOptIn;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new LinkedHashSet<>();

	@OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Address> addresses = new ArrayList<>();

	protected User() {
	}

	public User(String email, String passwordHash, String fullName, String phone, boolean marketingOptIn) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.phone = phone;
		this.marketingOptIn = marketingOptIn;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getPhone() {
		return this.phone;
	}

	public UserStatus getStatus() {
		return this.status;
	}

	public boolean isMarketingOptIn() {
		return this.marketingOptIn;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public List<Address> getAddresses() {
		return this.addresses;
	}

	public boolean isActive() {
		return this.status == UserStatus.ACTIVE;
	}

	void updateProfile(String fullName, String phone, boolean marketingOptIn) {
		this.fullName = fullName;
		this.phone = phone;
		this.marketingOptIn = marketingOptIn;
	}

	void changeStatus(UserStatus status) {
		this.status = status;
	}

	void grant(Role role) {
		this.roles.add(role);
	}

	Address addAddress(Address address) {
		if (address.isDefault()) {
			this.addresses.forEach(Address::clearDefault);
		}
		this.addresses.add(address);
		return address;
	}

}
