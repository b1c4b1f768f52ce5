package dev.stranglerfig.catalog.web;

import java.util.List;

/** legacy's paging envelope, field for field: {@code content, page, size, totalElements, totalPages}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResponse<T> of(List<T> content, int page, int size, long totalElements) {
		return new PageResponse<>(content, page, size, totalElements,
				(int) Math.ceil((double) totalElements / (double) size));
	}

}
