package dev.stranglerfig.legacy.users;

record AddressResponse(Long id, String label, String line1, String line2, String city, String postalCode,
		String country, boolean isDefault) {

	static AddressResponse of(Address address) {
		return new AddressResponse(address.getId(), address.getLabel(), address.getLine1(), address.getLine2(),
				address.getCity(), address.getPostalCode(), address.getCountry(), address.isDefault());
	}

}
