package dev.stranglerfig.users.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the accounts API, with the monolith's constraints (so the same fields are rejected). */
final class UserRequests {

	private UserRequests() {
	}

	record Register(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(min = 8, max = 100) String password,
			@NotBlank @Size(max = 200) String fullName, @Pattern(regexp = "\\+?[0-9 ]{6,20}") String phone,
			boolean marketingOptIn) {
	}

	record UpdateProfile(@NotBlank @Size(max = 200) String fullName, @Pattern(regexp = "\\+?[0-9 ]{6,20}") String phone,
			boolean marketingOptIn) {
	}

	record ChangeStatus(@NotNull UserStatus status) {
	}

}
