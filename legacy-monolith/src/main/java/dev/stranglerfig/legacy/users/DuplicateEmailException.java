package dev.stranglerfig.legacy.users;

import dev.stranglerfig.legacy.common.ConflictException;

class DuplicateEmailException extends ConflictException {

	DuplicateEmailException(String email) {
		super("duplicate-email", "An account with email " + email + " already exists");
	}

}
