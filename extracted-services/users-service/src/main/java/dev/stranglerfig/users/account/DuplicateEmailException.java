package dev.stranglerfig.users.account;

import dev.stranglerfig.users.web.ConflictException;

class DuplicateEmailException extends ConflictException {

	DuplicateEmailException(String email) {
		super("duplicate-email", "An account with email " + email + " already exists");
	}

}
