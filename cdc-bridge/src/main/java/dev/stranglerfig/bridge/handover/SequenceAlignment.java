package dev.stranglerfig.bridge.handover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.sync.SqlNames;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * Before the new owner takes writes: every mapped table whose single key column draws from a sequence (identity or
 * serial) on the new owner's side gets that sequence moved past the largest key on either side. The bridge copied the
 * old owner's ids without drawing from the new owner's sequence, which would otherwise hand out ids already taken.
 * Sequences only ever move forward.
 */
final class SequenceAlignment {

	private static final Logger logger = LoggerFactory.getLogger(SequenceAlignment.class);

	private SequenceAlignment() {
	}

	/** @param newOwner the stream that captures the new owner (its source) into the old one (its target) */
	static void align(SyncStream newOwner) throws SQLException {
		try (Connection owner = newOwner.source().connect(); Connection other = newOwner.target().connect()) {
			owner.setAutoCommit(true);
			for (TableRoute route : newOwner.tables()) {
				if (route.sourceKey().size() != 1) {
					continue;
				}
				String sequence = sequence(owner, route.sourceTable(), route.sourceKey().get(0));
				if (sequence == null) {
					continue;
				}
				Long max = greatest(max(owner, route.sourceTable(), route.sourceKey().get(0)),
						max(other, route.targetTable(), route.targetKey().get(0)));
				if (max == null) {
					continue;
				}
				try (PreparedStatement statement = owner.prepareStatement(
						"SELECT setval(?::regclass, GREATEST(?, (SELECT last_value FROM " + sequence + ")))")) {
					statement.setString(1, sequence);
					statement.setLong(2, max);
					try (ResultSet rows = statement.executeQuery()) {
						rows.next();
						logger.info("{}: sequence {} of {} now at {}", newOwner.context(), sequence, route.sourceTable(),
								rows.getLong(1));
					}
				}
			}
		}
	}

	private static String sequence(Connection connection, String table, String column) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
			statement.setString(1, SqlNames.table(table));
			statement.setString(2, column);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static Long max(Connection connection, String table, String column) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT max(" + SqlNames.column(column) + ")::bigint FROM "
						+ SqlNames.table(table))) {
			rows.next();
			long value = rows.getLong(1);
			return rows.wasNull() ? null : value;
		}
	}

	private static Long greatest(Long a, Long b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : Math.max(a, b);
	}

}
