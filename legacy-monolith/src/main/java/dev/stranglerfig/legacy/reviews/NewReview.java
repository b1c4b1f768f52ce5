package dev.stranglerfig.legacy.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record NewReview(@NotNull Long userId, @NotNull @Min(1) @Max(5) Integer rating,
		@NotBlank @Size(max = 120) String title, @Size(max = 10_000) String body) {
}
