package dev.stranglerfig.bridge.position;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The last applied source position of each stream, in {@code strangler_bridge.source_position} of the database the
 * stream writes to. Written in the same transaction as the rows it covers, so it is exactly what was applied.
 */
public final class SourcePositionStore {

	private static final String UPSERT = """
			INSERT INTO strangler_bridge.source_position
			    (stream_name, context, direction, source_partition, source_offset, applied_at)
			VALUES (?, ?, ?, ?::jsonb, ?::jsonb, now())
			ON CONFLICT (stream_name) DO UPDATE SET source_partition = EXCLUDED.source_partition,
			    source_offset = EXCLUDED.source_offset, applied_at = EXCLUDED.applied_at""";

	private static final String SELECT = """
			SELECT source_partition::text, source_offset::text FROM strangler_bridge.source_position WHERE stream_name = ?""";

	private final PositionJson json = new PositionJson();

	private final String streamName;

	private final String context;

	private final String direction;

	public SourcePositionStore(String streamName, String context, String direction) {
		this.streamName = streamName;
		this.context = context;
		this.direction = direction;
	}

	/** Stores the position; the caller commits it with the rows it covers. */
	public void save(Connection connection, SourcePosition position) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
			statement.setString(1, this.streamName);
			statement.setString(2, this.context);
			statement.setString(3, this.direction);
			statement.setString(4, this.json.write(position.partition()));
			statement.setString(5, this.json.write(position.offset()));
			statement.executeUpdate();
		}
	}

	public Optional<SourcePosition> load(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
			statement.setString(1, this.streamName);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					return Optional.empty();
				}
				return Optional.of(new SourcePosition(this.json.read(rows.getString(1)), this.json.read(rows.getString(2))));
			}
		}
	}

	/** The position as JSON, for a dead letter's record of where the row came from. */
	public String toJson(SourcePosition position) {
		return this.json.write(position.offset());
	}

}
