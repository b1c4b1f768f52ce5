package dev.stranglerfig.legacy.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the users API. */
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

	record NewAddress(@NotBlank @Size(max = 40) String label, @NotBlank @Size(max = 200) String line1,
			@Size(max = 200) String line2, @NotBlank @Size(max = 100) String city,
			@NotBlank @Size(max = 20) String postalCode, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
			boolean isDefault) {
	}

}
