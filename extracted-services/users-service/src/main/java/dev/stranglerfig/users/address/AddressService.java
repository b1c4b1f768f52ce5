package dev.stranglerfig.users.address;

import java.util.List;

import dev.stranglerfig.users.account.AccountService;
import dev.stranglerfig.users.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's postal addresses. As in the monolith: a new default address takes the default from the others,
 * removing the default leaves the account without one, and an inactive account may still manage its addresses.
 */
@Service
class AddressService {

	private final AccountService accounts;

	private final AddressRepository addresses;

	AddressService(AccountService accounts, AddressRepository addresses) {
		this.accounts = accounts;
		this.addresses = addresses;
	}

	@Transactional(readOnly = true)
	List<AddressResponse> list(long accountId) {
		this.accounts.requireAccount(accountId);
		return this.addresses.findByAccount(accountId);
	}

	@Transactional
	AddressResponse add(long accountId, NewAddress request) {
		this.accounts.lockAccount(accountId);
		if (request.isDefault()) {
			this.addresses.clearDefault(accountId);
		}
		long id = this.addresses.insert(accountId, request);
		return new AddressResponse(id, request.label(), request.line1(), request.line2(), request.city(),
				request.postalCode(), request.country(), request.isDefault());
	}

	@Transactional
	void remove(long accountId, long addressId) {
		this.accounts.lockAccount(accountId);
		if (!this.addresses.delete(accountId, addressId)) {
			throw new NotFoundException("Address", addressId);
		}
	}

}
