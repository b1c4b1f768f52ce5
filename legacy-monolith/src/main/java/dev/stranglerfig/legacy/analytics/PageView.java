package dev.stranglerfig.legacy.analytics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A page view as the storefront's tracking script reports it. */
record PageView(@NotBlank @Size(max = 64) String sessionId, Long userId, Long productId,
		@NotBlank @Size(max = 500) String path) {
}
