package dev.stranglerfig.legacy.common;

import org.springframework.http.HttpStatus;

/** The resource the shopper asked for does not exist (404). */
public class NotFoundException extends ShopException {

	public NotFoundException(String resource, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", resource + " " + id + " does not exist");
	}

}
