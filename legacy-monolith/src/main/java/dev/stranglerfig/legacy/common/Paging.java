package dev.stranglerfig.legacy.common;

/** Paging limits shared by every list endpoint: {@code ?page=0&size=20}, at most 100 a page. */
public final class Paging {

	public static final String DEFAULT_SIZE = "20";

	public static final int MAX_SIZE = 100;

	/**
	 * The deepest page whose offset ({@code page * size}) fits the {@code int} JPA pages with, whatever the size:
	 * a deeper one is a 400 naming {@code page}, not a 500 from Spring Data, and the services refuse it alike.
	 */
	public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

	private Paging() {
	}

}
