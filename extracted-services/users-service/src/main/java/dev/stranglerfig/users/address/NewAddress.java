package dev.stranglerfig.users.address;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/users/{id}/addresses}, with the monolith's constraints. */
record NewAddress(@NotBlank @Size(max = 40) String label, @NotBlank @Size(max = 200) String line1,
		@Size(max = 200) String line2, @NotBlank @Size(max = 100) String city,
		@NotBlank @Size(max = 20) String postalCode, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
		boolean isDefault) {
}
