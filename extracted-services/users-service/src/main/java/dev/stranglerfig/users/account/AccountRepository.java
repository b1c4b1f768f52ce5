package dev.stranglerfig.users.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL on {@code users.user_account}, its roles and credential. Plain statements rather than an ORM: the
 * schema is shared with the CDC bridge, so what is written, and when, should be visible in one place.
 */
@Repository
class AccountRepository {

	private static final String SELECT_USER = """
			SELECT a.id, a.email, a.display_name, a.phone, a.status, a.marketing_opt_in, a.created_at, a.updated_at,
			       ARRAY(SELECT r.name FROM users.account_role ar JOIN users.role r ON r.id = ar.role_id
			             WHERE ar.user_account_id = a.id ORDER BY r.name COLLATE "C") AS roles
			FROM users.user_account a
			""";

	private static final RowMapper<UserResponse> USER = AccountRepository::user;

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserResponse> find(long id) {
		return this.jdbc.sql(SELECT_USER + " WHERE a.id = ?").param(id).query(USER).optional();
	}

	List<UserResponse> page(int page, int size) {
		return this.jdbc.sql(SELECT_USER + " ORDER BY a.id LIMIT ? OFFSET ?")
			.param(size)
			.param((long) page * size)
			.query(USER)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT count(*) FROM users.user_account").query(Long.class).single();
	}

	boolean emailTaken(String email) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM users.user_account WHERE email_key = lower(?))")
			.param(email)
			.query(Boolean.class)
			.single();
	}

	/** Inserts the account with the CUSTOMER role and its credential; answers the new id. */
	long insert(UserRequests.Register request, String passwordHash) {
		long id = this.jdbc.sql("""
				INSERT INTO users.user_account (email, display_name, phone, marketing_opt_in)
				VALUES (?, ?, ?, ?) RETURNING id""")
			.params(request.email(), request.fullName(), request.phone(), request.marketingOptIn())
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO users.account_credential (user_account_id, password_hash) VALUES (?, ?)")
			.params(id, passwordHash)
			.update();
		this.jdbc.sql("""
				INSERT INTO users.account_role (user_account_id, role_id)
				SELECT ?, id FROM users.role WHERE name = 'CUSTOMER'""").param(id).update();
		return id;
	}

	/** Changes the profile; {@code updated_at} moves only if a value really changed, as in the monolith. */
	boolean updateProfile(long id, UserRequests.UpdateProfile profile) {
		return this.jdbc.sql("""
				UPDATE users.user_account SET display_name = ?, phone = ?, marketing_opt_in = ?, updated_at = now()
				WHERE id = ? AND (display_name, phone, marketing_opt_in) IS DISTINCT FROM (?, ?, ?)""")
			.params(profile.fullName(), profile.phone(), profile.marketingOptIn(), id, profile.fullName(),
					profile.phone(), profile.marketingOptIn())
			.update() == 1;
	}

	boolean changeStatus(long id, UserStatus status) {
		return this.jdbc.sql("""
				UPDATE users.user_account SET status = ?, updated_at = now()
				WHERE id = ? AND status <> ?""")
			.params(status.name(), id, status.name())
			.update() == 1;
	}

	/** Locks the account row until the transaction ends (not against inserts referencing it); false if none. */
	boolean lock(long id) {
		return this.jdbc.sql("SELECT id FROM users.user_account WHERE id = ? FOR NO KEY UPDATE")
			.param(id)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	private static UserResponse user(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		return new UserResponse(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("phone"), UserStatus.valueOf(rs.getString("status")), rs.getBoolean("marketing_opt_in"),
				Arrays.asList((String[]) roles.getArray()), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
