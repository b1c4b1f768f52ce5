package dev.stranglerfig.users.address;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on {@code users.address}. */
@Repository
class AddressRepository {

	private static final String SELECT_ADDRESS = """
			SELECT id, label, line1, line2, city, postal_code, country, is_default FROM users.address
			""";

	private final JdbcClient jdbc;

	AddressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AddressResponse> findByAccount(long accountId) {
		return this.jdbc.sql(SELECT_ADDRESS + " WHERE user_account_id = ? ORDER BY id")
			.param(accountId)
			.query((rs, row) -> new AddressResponse(rs.getLong("id"), rs.getString("label"), rs.getString("line1"),
					rs.getString("line2"), rs.getString("city"), rs.getString("postal_code"), rs.getString("country"),
					rs.getBoolean("is_default")))
			.list();
	}

	void clearDefault(long accountId) {
		this.jdbc.sql("""
				UPDATE users.address SET is_default = false, updated_at = now()
				WHERE user_account_id = ? AND is_default""").param(accountId).update();
	}

	long insert(long accountId, NewAddress address) {
		return this.jdbc.sql("""
				INSERT INTO users.address (user_account_id, label, line1, line2, city, postal_code, country, is_default)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(accountId, address.label(), address.line1(), address.line2(), address.city(),
					address.postalCode(), address.country(), address.isDefault())
			.query(Long.class)
			.single();
	}

	boolean delete(long accountId, long addressId) {
		return this.jdbc.sql("DELETE FROM users.address WHERE id = ? AND user_account_id = ?")
			.params(addressId, accountId)
			.update() == 1;
	}

}
