package dev.stranglerfig.legacy.users;

import dev.stranglerfig.legacy.common.ConflictException;

class InactiveUserException extends ConflictException {

	InactiveUserException(User user) {
		super("inactive-user", "User " + user.getId() + " is " + user.getStatus().name().toLowerCase());
	}

}
