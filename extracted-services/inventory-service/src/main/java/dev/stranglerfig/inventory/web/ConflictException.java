package dev.stranglerfig.inventory.web;

import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state, e.g. a duplicate SKU (409). */
public class ConflictException extends ShopException {

	public ConflictException(String problem, String detail) {
		super(HttpStatus.CONFLICT, problem, detail);
	}

}
