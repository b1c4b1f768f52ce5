package dev.stranglerfig.proxy.routing;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.plans.control.ControlSchema;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far the CDC bridge has copied each context's legacy changes into its service, as the bridge publishes it in
 * the control database, and the control database's clock: the times compared are all in that one clock, so proxy
 * replicas and the bridge need not agree on theirs. Read on a schedule; a failed read keeps the last values, which
 * only keeps shoppers on legacy a little longer.
 */
@Component
final class BridgeProgress {

	private static final Logger logger = LoggerFactory.getLogger(BridgeProgress.class);

	private static final String QUERY = "SELECT now() AS db_now, p.context, p.applied_through FROM (SELECT 1) AS one"
			+ " LEFT JOIN " + ControlSchema.BRIDGE_PROGRESS + " p ON p.direction = '" + ControlSchema.LEGACY_TO_SERVICE
			+ "'";

	private final JdbcClient jdbc;

	private volatile Map<String, Long> appliedThrough = Map.of();

	/** The control database's clock minus this JVM's, in milliseconds. */
	private volatile long offset;

	BridgeProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${strangler.proxy.bridge-progress-poll:100ms}")
	void read() {
		try {
			long before = System.currentTimeMillis();
			Map<String, Long> through = new HashMap<>();
			long[] databaseNow = new long[1];
			this.jdbc.sql(QUERY).query(row -> {
				databaseNow[0] = row.getTimestamp("db_now").getTime();
				Timestamp applied = row.getTimestamp("applied_through");
				if (applied != null) {
					through.put(row.getString("context"), applied.getTime());
				}
			});
			long after = System.currentTimeMillis();
			this.offset = databaseNow[0] - (before + after) / 2;
			this.appliedThrough = Map.copyOf(through);
		}
		catch (DataAccessException ex) {
			logger.debug("Bridge progress unreadable: {}", ex.getMessage());
		}
	}

	/** Now, in the control database's clock. */
	long now() {
		return System.currentTimeMillis() + this.offset;
	}

	/** Whether the bridge has applied into the context's service every legacy change committed by {@code time}. */
	boolean copied(String context, long time) {
		Long through = this.appliedThrough.get(context);
		return through != null && through >= time;
	}

}
