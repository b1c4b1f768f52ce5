package dev.stranglerfig.users.web;

import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state, e.g. a duplicate email (409). */
public class ConflictException extends ServiceException {

	public ConflictException(String problem, String detail) {
		super(HttpStatus.CONFLICT, problem, detail);
	}

}
