package dev.stranglerfig.catalog.web;

import org.springframework.http.HttpStatus;

/**
 * A request body names something that does not exist (the category of a product): the URL is fine, the request
 * is not, so 400 rather than 404.
 */
public class UnknownReferenceException extends ShopException {

	public UnknownReferenceException(String field, String resource, Object id) {
		super(HttpStatus.BAD_REQUEST, "unknown-reference", field + ": " + resource + " " + id + " does not exist");
	}

}
