package dev.stranglerfig.stack.journey;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.stranglerfig.testsupport.sandbox.Sandbox;
import dev.stranglerfig.testsupport.shoppers.TrafficReport;
import dev.stranglerfig.testsupport.shoppers.Write;

/**
 * Looks for every write the shoppers had acknowledged, in legacy's database and in the service's: each must be there
 * exactly once on both sides (the owner took it, the bridge copied it), and the last profile edit or price change
 * must be the value both sides hold.
 */
final class WrittenRows {

	private final Sandbox sandbox;

	WrittenRows(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	/** What is missing, doubled or different; empty when every write is where it belongs. */
	List<String> users(TrafficReport report) throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Connection legacy = connect("shop"); Connection service = connect("users_service")) {
			for (Write user : report.writes(Write.Kind.USER)) {
				once(problems, user, "legacy", count(legacy, "SELECT count(*) FROM public.app_user WHERE email = ?",
						user.marker()));
				once(problems, user, "users-service",
						count(service, "SELECT count(*) FROM users.user_account WHERE email = ?", user.marker()));
			}
			for (Map.Entry<Long, String> profile : report.lastWrites(Write.Kind.PROFILE).entrySet()) {
				same(problems, "profile of user " + profile.getKey(), profile.getValue(),
						text(legacy, "SELECT full_name FROM public.app_user WHERE id = ?", profile.getKey()),
						text(service, "SELECT display_name FROM users.user_account WHERE id = ?", profile.getKey()));
			}
			for (Write address : report.writes(Write.Kind.ADDRESS)) {
				once(problems, address, "legacy", count(legacy,
						"SELECT count(*) FROM public.address WHERE id = ? AND label = ?", address.id(), address.marker()));
				once(problems, address, "users-service", count(service,
						"SELECT count(*) FROM users.address WHERE id = ? AND label = ?", address.id(), address.marker()));
			}
			for (Write order : report.writes(Write.Kind.ORDER)) {
				once(problems, order, "legacy",
						count(legacy, "SELECT count(*) FROM public.customer_order WHERE id = ?", order.id()));
			}
			for (Write review : report.writes(Write.Kind.REVIEW)) {
				once(problems, review, "legacy", count(legacy,
						"SELECT count(*) FROM public.review WHERE id = ? AND title = ?", review.id(), review.marker()));
			}
		}
		return problems;
	}

	List<String> catalog(TrafficReport report) throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Connection legacy = connect("shop"); Connection service = connect("catalog_service")) {
			for (Write product : report.writes(Write.Kind.PRODUCT)) {
				once(problems, product, "legacy",
						count(legacy, "SELECT count(*) FROM public.product WHERE sku = ?", product.marker()));
				once(problems, product, "catalog-service",
						count(service, "SELECT count(*) FROM catalog.product WHERE sku = ?", product.marker()));
			}
			for (Map.Entry<Long, String> price : report.lastWrites(Write.Kind.PRICE).entrySet()) {
				String minor = new BigDecimal(price.getValue()).movePointRight(2).toBigIntegerExact().toString();
				String legacyPrice = text(legacy, "SELECT price::text FROM public.product WHERE id = ?", price.getKey());
				String servicePrice = text(service, "SELECT price_minor::text FROM catalog.product WHERE id = ?",
						price.getKey());
				if (!price.getValue().equals(legacyPrice) || !minor.equals(servicePrice)) {
					problems.add("price of product " + price.getKey() + ": last written " + price.getValue()
							+ ", legacy has " + legacyPrice + ", catalog-service has " + servicePrice + " minor units");
				}
			}
		}
		return problems;
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(this.sandbox.jdbcUrl(database), this.sandbox.databaseUser(),
				this.sandbox.databasePassword());
	}

	private static void once(List<String> problems, Write write, String side, long count) {
		if (count != 1) {
			problems.add(write.kind() + " " + write.id() + " (" + write.marker() + ") by " + write.actor() + " is "
					+ count + " times in " + side);
		}
	}

	private static void same(List<String> problems, String what, String written, String legacy, String service) {
		if (!Objects.equals(written, legacy) || !Objects.equals(written, service)) {
			problems.add(what + ": last written '" + written + "', legacy has '" + legacy + "', the service has '"
					+ service + "'");
		}
	}

	private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String text(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
