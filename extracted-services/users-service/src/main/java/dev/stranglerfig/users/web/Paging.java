package dev.stranglerfig.users.web;

/** Paging limits of every list endpoint, as in the monolith: {@code ?page=0&size=20}, at most 100 a page. */
public final class Paging {

	public static final String DEFAULT_SIZE = "20";

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

}
