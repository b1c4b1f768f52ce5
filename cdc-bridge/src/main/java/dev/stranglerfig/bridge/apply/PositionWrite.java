package dev.stranglerfig.bridge.apply;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Stores where an applied batch came from, in the batch's own transaction: the Debezium offset for the embedded
 * transport, the topic-partition offsets for Kafka.
 */
@FunctionalInterface
public interface PositionWrite {

	void save(Connection connection) throws SQLException;

	/**
	 * The stored position is not the one this applier started its batch from: another applier has moved it (a
	 * rebalance gave the partition away). Nothing is committed; the batch must be read again from the stored position.
	 */
	final class Conflict extends SQLException {

		public Conflict(String message) {
			super(message);
		}

	}

}
