package dev.stranglerfig.legacy.common;

import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state, e.g. a duplicate or too little stock (409). */
public class ConflictException extends ShopException {

	public ConflictException(String problem, String detail) {
		super(HttpStatus.CONFLICT, problem, detail);
	}

}
