package dev.stranglerfig.legacy.users;

import java.time.Instant;
import java.util.List;

/** A user as the public API shows it; never the password hash. */
record UserResponse(Long id, String email, String fullName, String phone, UserStatus status, boolean marketingOptIn,
		List<String> roles, Instant createdAt, Instant updatedAt) {

	static UserResponse of(User user) {
		return new UserResponse(user.getId(), user.getEmail(), user.getFullName(), user.getPhone(), user.getStatus(),
				user.isMarketingOptIn(), user.getRoles().stream().map(Role::getName).sorted().toList(),
				user.getCreatedAt(), user.getUpdatedAt());
	}

}
