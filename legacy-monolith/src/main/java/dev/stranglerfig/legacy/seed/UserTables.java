package dev.stranglerfig.legacy.seed;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.copy.CopyManager;

/** Accounts (every one a CUSTOMER, one in fifty suspended), one default address each, welcome emails. */
final class UserTables {

	private static final long CUSTOMER_ROLE = 1;

	private final CopyManager copy;

	private final ShopData data;

	private final int users;

	private final String passwordHash;

	UserTables(CopyManager copy, ShopData data, int users, String passwordHash) {
		this.copy = copy;
		this.data = data;
		this.users = users;
		this.passwordHash = passwordHash;
	}

	Map<String, Long> write() throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (CopyStream accounts = new CopyStream(this.copy, "app_user",
				"id, email, password_hash, full_name, phone, status, marketing_opt_in")) {
			for (long id = 1; id <= this.users; id++) {
				accounts.row(id, "shopper" + id + "@example.com", this.passwordHash, this.data.fullName(id),
						(id % 2 == 0) ? "+44 7700 " + (100000 + id % 900000) : null, (id % 50 == 0) ? "SUSPENDED" : "ACTIVE",
						id % 3 == 0);
			}
			rows.put("app_user", accounts.rows());
		}
		try (CopyStream roles = new CopyStream(this.copy, "user_role", "user_id, role_id")) {
			for (long id = 1; id <= this.users; id++) {
				roles.row(id, CUSTOMER_ROLE);
			}
			rows.put("user_role", roles.rows());
		}
		try (CopyStream addresses = new CopyStream(this.copy, "address",
				"id, user_id, label, line1, city, postal_code, country, is_default")) {
			for (long id = 1; id <= this.users; id++) {
				addresses.row(id, id, "Home", this.data.street(id), "Springfield", String.format("%05d", id % 100000),
						this.data.country(id), true);
			}
			rows.put("address", addresses.rows());
		}
		try (CopyStream welcome = new CopyStream(this.copy, "notification",
				"user_id, channel, recipient, template, subject, body, status, attempts, sent_at")) {
			for (long id = 1; id <= this.users; id++) {
				String name = this.data.fullName(id);
				welcome.row(id, "EMAIL", "shopper" + id + "@example.com", "WELCOME", "Welcome to the shop, " + name,
						"Hello " + name + ", your account is ready.", "SENT", 1, this.data.now);
			}
			rows.put("notification", welcome.rows());
		}
		return rows;
	}

}
