package dev.stranglerfig.legacy.shipping;

import java.util.Locale;
import java.util.UUID;

/** The carriers the shop has contracts with, chosen by destination country. */
public enum Carrier {

	ROYAL_MAIL("RM"), DHL("DH"), UPS("1Z");

	private final String trackingPrefix;

	Carrier(String trackingPrefix) {
		this.trackingPrefix = trackingPrefix;
	}

	public static Carrier forCountry(String country) {
		return switch (country) {
			case "GB" -> ROYAL_MAIL;
			case "DE" -> DHL;
			default -> UPS;
		};
	}

	public String trackingPrefix() {
		return this.trackingPrefix;
	}

	/** A random tracking number in the carrier's style; the unique index catches the astronomically rare clash. */
	String newTrackingNumber() {
		return this.trackingPrefix
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
	}

}
