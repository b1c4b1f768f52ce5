package dev.stranglerfig.inventory.web;

import org.springframework.http.HttpStatus;

/** The resource the client asked for does not exist (404). */
public class NotFoundException extends ShopException {

	public NotFoundException(String resource, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", resource + " " + id + " does not exist");
	}

}
