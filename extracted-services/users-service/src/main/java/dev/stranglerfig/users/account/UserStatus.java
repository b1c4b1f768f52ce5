package dev.stranglerfig.users.account;

/** An account's standing, as in the monolith: only ACTIVE accounts may order or review there. */
public enum UserStatus {

	ACTIVE, SUSPENDED, CLOSED

}
