package dev.stranglerfig.legacy.shipping;

/** What a carrier's webhook can report about a parcel. */
enum CarrierUpdate {

	IN_TRANSIT, DELIVERED

}
