package dev.stranglerfig.bridge.deadletter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes dead letters into {@code strangler_bridge.dead_letter} of the target, in the caller's transaction. */
public final class DeadLetterStore {

	private static final String INSERT = """
			INSERT INTO strangler_bridge.dead_letter
			    (context, direction, source_table, row_key, operation, reason, raw_event, source_position)
			VALUES (?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb)""";

	private final String context;

	private final String direction;

	public DeadLetterStore(String context, String direction) {
		this.context = context;
		this.direction = direction;
	}

	public void write(Connection connection, DeadLetter letter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			statement.setString(1, this.context);
			statement.setString(2, this.direction);
			statement.setString(3, letter.sourceTable());
			statement.setString(4, letter.rowKey());
			statement.setString(5, letter.operation());
			statement.setString(6, letter.reason());
			statement.setString(7, letter.rawEvent());
			statement.setString(8, letter.sourcePosition());
			statement.executeUpdate();
		}
	}

}
