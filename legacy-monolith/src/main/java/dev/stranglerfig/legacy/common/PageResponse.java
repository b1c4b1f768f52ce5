package dev.stranglerfig.legacy.common;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The one paging envelope of the public API: stable field names, independent of Spring Data's Page JSON. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
