package dev.stranglerfig.inventory.web;

/** legacy's limit on how many items one request may ask about: 100. */
public final class Paging {

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

}
