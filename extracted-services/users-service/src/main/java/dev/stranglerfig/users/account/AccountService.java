package dev.stranglerfig.users.account;

import java.util.List;

import dev.stranglerfig.users.web.NotFoundException;
import dev.stranglerfig.users.web.PageResponse;
import org.postgresql.util.PSQLException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts: registration, profile, status. The address feature asks here whether an account exists. */
@Service
public class AccountService {

	private static final String EMAIL_UNIQUE = "user_account_email_unique";

	private final AccountRepository accounts;

	private final PasswordHasher passwordHasher;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	AccountService(AccountRepository accounts, PasswordHasher passwordHasher, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.passwordHasher = passwordHasher;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Opens a CUSTOMER account and records {@link UserRegistered} in the same transaction. The check up front
	 * answers the usual duplicate without spending an id (so ids stay in step with the monolith's); the
	 * deferred unique constraint catches the rare race at commit, which takes the publication down with it.
	 */
	UserResponse register(UserRequests.Register request) {
		if (this.accounts.emailTaken(request.email())) {
			throw new DuplicateEmailException(request.email());
		}
		String passwordHash = this.passwordHasher.hash(request.password());
		try {
			return this.transaction.execute(status -> {
				long id = this.accounts.insert(request, passwordHash);
				UserResponse user = getUser(id);
				this.events.publishEvent(new UserRegistered(id, user.email(), user.fullName(), user.marketingOptIn(),
						user.createdAt()));
				return user;
			});
		}
		catch (DuplicateKeyException ex) {
			if (violates(ex, EMAIL_UNIQUE)) {
				throw new DuplicateEmailException(request.email());
			}
			throw ex;
		}
	}

	@Transactional(readOnly = true)
	UserResponse getUser(long id) {
		return this.accounts.find(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	@Transactional(readOnly = true)
	PageResponse<UserResponse> listUsers(int page, int size) {
		List<UserResponse> content = this.accounts.page(page, size);
		return PageResponse.of(content, page, size, this.accounts.count());
	}

	@Transactional
	UserResponse updateProfile(long id, UserRequests.UpdateProfile profile) {
		getUser(id);
		this.accounts.updateProfile(id, profile);
		return getUser(id);
	}

	@Transactional
	UserResponse changeStatus(long id, UserStatus status) {
		getUser(id);
		this.accounts.changeStatus(id, status);
		return getUser(id);
	}

	/**
	 * Holds the account until the caller's transaction ends, so changes to its addresses (e.g. which one is
	 * the default) are serialised; 404 problem if there is no such account.
	 */
	@Transactional
	public void lockAccount(long id) {
		if (!this.accounts.lock(id)) {
			throw new NotFoundException("User", id);
		}
	}

	/** 404 problem unless the account exists. */
	@Transactional(readOnly = true)
	public void requireAccount(long id) {
		getUser(id);
	}

	private static boolean violates(DuplicateKeyException ex, String constraint) {
		return ex.getMostSpecificCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null
				&& constraint.equals(psql.getServerErrorMessage().getConstraint());
	}

}
