package dev.stranglerfig.users.web;

import java.util.List;

/** The paging envelope of the public API, field for field the monolith's. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResponse<T> of(List<T> content, int page, int size, long totalElements) {
		return new PageResponse<>(content, page, size, totalElements, (int) Math.ceil((double) totalElements / size));
	}

}
