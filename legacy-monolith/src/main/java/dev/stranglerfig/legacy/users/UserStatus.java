package dev.stranglerfig.legacy.users;

public enum UserStatus {

	ACTIVE, SUSPENDED, CLOSED

}
