package dev.stranglerfig.catalog.web;

/** legacy's paging limits: {@code ?page=0&size=20}, at most 100 a page. */
public final class Paging {

	public static final String DEFAULT_SIZE = "20";

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

}
