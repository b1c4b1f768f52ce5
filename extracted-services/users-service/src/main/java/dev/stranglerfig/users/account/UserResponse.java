package dev.stranglerfig.users.account;

import java.time.Instant;
import java.util.List;

/** An account as the public API shows it (the monolith's shape: {@code fullName}, sorted role names). */
record UserResponse(Long id, String email, String fullName, String phone, UserStatus status, boolean marketingOptIn,
		List<String> roles, Instant createdAt, Instant updatedAt) {
}
