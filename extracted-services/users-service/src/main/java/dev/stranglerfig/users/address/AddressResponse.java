package dev.stranglerfig.users.address;

/** An address as the public API shows it (no timestamps, as in the monolith). */
record AddressResponse(Long id, String label, String line1, String line2, String city, String postalCode,
		String country, boolean isDefault) {
}
