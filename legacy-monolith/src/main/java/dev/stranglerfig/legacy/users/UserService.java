package dev.stranglerfig.legacy.users;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.notifications.NotificationService;
import dev.stranglerfig.legacy.notifications.NotificationTemplate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, profiles, roles and addresses. Other domains call {@link #getActiveUser} directly. */
@Service
public class UserService {

	private final UserRepository users;

	private final RoleRepository roles;

	private final AddressRepository addresses;

	private final PasswordHasher passwordHasher;

	private final NotificationService notifications;

	UserService(UserRepository users, RoleRepository roles, AddressRepository addresses, PasswordHasher passwordHasher,
			NotificationService notifications) {
		this.users = users;
		this.roles = roles;
		this.addresses = addresses;
		this.passwordHasher = passwordHasher;
		this.notifications = notifications;
	}

	@Transactional
	User register(UserRequests.Register request) {
		if (this.users.existsByEmailIgnoreCase(request.email())) {
			throw new DuplicateEmailException(request.email());
		}
		User user = new User(request.email(), this.passwordHasher.hash(request.password()), request.fullName(),
				request.phone(), request.marketingOptIn());
		user.grant(this.roles.findByName("CUSTOMER").orElseThrow());
		this.users.saveAndFlush(user);
		this.notifications.enqueue(user, NotificationTemplate.WELCOME, Map.of("name", user.getFullName()));
		return user;
	}

	@Transactional(readOnly = true)
	public User getUser(Long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	/** The user placing an order or writing a review; suspended and closed accounts may not. */
	@Transactional(readOnly = true)
	public User getActiveUser(Long id) {
		User user = getUser(id);
		if (!user.isActive()) {
			throw new InactiveUserException(user);
		}
		return user;
	}

	@Transactional(readOnly = true)
	Page<User> listUsers(Pageable pageable) {
		return this.users.findAll(pageable);
	}

	@Transactional
	User updateProfile(Long id, UserRequests.UpdateProfile request) {
		User user = getUser(id);
		user.updateProfile(request.fullName(), request.phone(), request.marketingOptIn());
		return this.users.saveAndFlush(user);
	}

	@Transactional
	User changeStatus(Long id, UserStatus status) {
		User user = getUser(id);
		user.changeStatus(status);
		return this.users.saveAndFlush(user);
	}

	@Transactional
	Address addAddress(Long userId, UserRequests.NewAddress request) {
		User user = getUser(userId);
		Address address = user.addAddress(new Address(user, request.label(), request.line1(), request.line2(),
				request.city(), request.postalCode(), request.country(), request.isDefault()));
		return this.addresses.saveAndFlush(address);
	}

	@Transactional
	void removeAddress(Long userId, Long addressId) {
		User user = getUser(userId);
		Address address = this.addresses.findByIdAndUserId(addressId, userId)
			.orElseThrow(() -> new NotFoundException("Address", addressId));
		user.getAddresses().remove(address);
		this.users.flush();
	}

	@Transactional(readOnly = true)
	List<Address> listAddresses(Long userId) {
		return List.copyOf(getUser(userId).getAddresses());
	}

	/** The address an order ships to: one of the user's own. */
	@Transactional(readOnly = true)
	public Address getAddressOf(User user, Long addressId) {
		return this.addresses.findByIdAndUserId(addressId, user.getId())
			.orElseThrow(() -> new NotFoundException("Address", addressId));
	}

}
