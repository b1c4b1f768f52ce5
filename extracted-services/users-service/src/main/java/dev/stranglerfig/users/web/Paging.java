package dev.stranglerfig.users.web;

/** Paging limits of every list endpoint, as in the monolith: {@code ?page=0&size=20}, at most 100 a page. */
public final class Paging {

	public static final String DEFAULT_SIZE = "20";

	public static final int MAX_SIZE = 100;

	/**
	 * The monolith's deepest page: beyond it the offset ({@code page * size}) no longer fits its JPA paging, so
	 * both sides answer a 400 naming {@code page} rather than an empty page here and an error there.
	 */
	public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

	private Paging() {
	}

}
