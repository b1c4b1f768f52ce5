package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Column types the catalog does not use (delivery slots: {@code time}, {@code interval}, {@code date}, {@code timestamp};
 * delivery zones: arrays) arrive as legacy holds them.
 */
class ColumnTypesIntegrationTests {

	private static final String SLOTS = "SELECT id, opens, length FROM %s ORDER BY id";

	private static final String ZONES = "SELECT id, name, md5(postcodes::text), md5(depot_ids::text) FROM %s ORDER BY id";

	private static final String DAYS = "SELECT id, day::text, orders_end::text FROM %s ORDER BY id";

	@Test
	void intervalsArriveAsTheSameDurations() {
		try (BridgeDatabases databases = new BridgeDatabases("intervals", "delivery", "legacy")) {
			execute(databases.legacy, slotsLasting(0));
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitSlot(databases, 5);

				execute(databases.legacy, slotsLasting(10));

				awaitSlot(databases, 15);
				// Compared as PostgreSQL prints them: months, days and microseconds each kept, as legacy has them.
				assertThat(queryRows(databases.service, SLOTS.formatted("delivery.delivery_slot")))
					.containsExactlyElementsOf(queryRows(databases.legacy, SLOTS.formatted("public.delivery_slot")))
					.contains("1|10:00:00|01:00:00", "11|10:00:00|01:00:00");
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
			}
		}
	}

	/** {@code time} goes up to 24:00 in PostgreSQL, one past the last time of day Java knows. */
	@Test
	void aSlotOpeningAtMidnightsEndArrivesAndTheStreamGoesOn() {
		try (BridgeDatabases databases = new BridgeDatabases("midnight", "delivery", "legacy")) {
			execute(databases.legacy, "INSERT INTO delivery_slot (id, opens) VALUES (1, '24:00')");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitSlot(databases, 1);

				execute(databases.legacy, "INSERT INTO delivery_slot (id, opens) VALUES (2, '24:00'), (3, '23:59:59.999999')");
				execute(databases.legacy, "INSERT INTO delivery_slot (id, opens) VALUES (4, '11:00')");

				awaitSlot(databases, 4);
				assertThat(queryRows(databases.service, SLOTS.formatted("delivery.delivery_slot")))
					.containsExactly("1|24:00:00|null", "2|24:00:00|null", "3|23:59:59.999999|null", "4|11:00:00|null");
				assertThat(bridge.get("/actuator/health")).contains("\"status\":\"UP\"").doesNotContain("RETRYING", "FAILED");
			}
		}
	}

	/**
	 * Days and order deadlines Java's time types do not hold the way PostgreSQL does (infinities, BC, a year past 9999,
	 * a day the Julian calendar skipped), snapshotted and streamed. They used to be dead-lettered.
	 */
	@Test
	void datesAndTimestampsAtTheEdgesOfPostgresqlsRangeArriveUnchanged() {
		try (BridgeDatabases databases = new BridgeDatabases("day_edges", "delivery", "legacy")) {
			execute(databases.legacy, slotsOnEdgeDays(0));
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitSlot(databases, 8);

				execute(databases.legacy, slotsOnEdgeDays(10));

				awaitSlot(databases, 18);
				// As PostgreSQL prints them (in text, so nothing goes through Java's calendars on the way to the assertion).
				assertThat(queryRows(databases.service, DAYS.formatted("delivery.delivery_slot")))
					.containsExactlyElementsOf(queryRows(databases.legacy, DAYS.formatted("public.delivery_slot")))
					.contains("1|infinity|infinity", "3|0044-03-15 BC|0044-03-15 12:00:00.000001 BC",
							"14|10000-01-01|10000-01-01 00:00:00", "15|1582-10-20|1582-10-10 12:00:00");
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
			}
		}
	}

	/**
	 * Arrays inserted, changed, and left unchanged out of line (TOAST) by an update of another column, which does not
	 * put them in the WAL. Every such row used to be dead-lettered; an unchanged array must keep the service's value.
	 */
	@Test
	void arraysArriveAsInLegacyAndUnchangedLargeArraysAreLeftAsTheyAre() {
		try (BridgeDatabases databases = new BridgeDatabases("arrays", "delivery", "legacy")) {
			execute(databases.legacy, """
					ALTER TABLE delivery_zone ALTER COLUMN postcodes SET STORAGE EXTERNAL, ALTER COLUMN depot_ids SET STORAGE EXTERNAL;
					INSERT INTO delivery_zone (id, name, postcodes, depot_ids) VALUES
					  (1, 'Centre', ARRAY['10115', 'a "quoted", {braced} code', NULL, '', 'back\\slash'], ARRAY[1, NULL, -3]),
					  (2, 'Everywhere', ARRAY(SELECT lpad(n::text, 5, '0') FROM generate_series(1, 5000) n),
					   ARRAY(SELECT n FROM generate_series(1, 5000) n)),
					  (3, 'Nowhere', '{}', NULL)""");
			try (InJvmBridge bridge = InJvmBridge.start(databases.bridgeArguments())) {
				awaitZonesAsInLegacy(databases);

				execute(databases.legacy, """
						INSERT INTO delivery_zone (id, name, postcodes, depot_ids) VALUES (4, 'North', ARRAY['13187', '13189'], ARRAY[7]);
						UPDATE delivery_zone SET postcodes = postcodes || ARRAY['10117'], depot_ids = ARRAY[2, 3] WHERE id = 1;
						UPDATE delivery_zone SET postcodes = NULL, depot_ids = '{}' WHERE id = 3""");
				awaitZonesAsInLegacy(databases);

				// Only the name: the large arrays stay out of line and reach the bridge as Debezium's placeholder.
				execute(databases.legacy, "UPDATE delivery_zone SET name = 'Everywhere else' WHERE id = 2");
				awaitZonesAsInLegacy(databases);
				assertThat(queryRows(databases.service,
						"SELECT name, cardinality(postcodes), depot_ids[5000] FROM delivery.delivery_zone WHERE id = 2"))
					.containsExactly("Everywhere else|5000|5000");
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
			}
		}
	}

	private static void awaitZonesAsInLegacy(BridgeDatabases databases) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(queryRows(databases.service, ZONES.formatted("delivery.delivery_zone")))
				.containsExactlyElementsOf(queryRows(databases.legacy, ZONES.formatted("public.delivery_zone"))));
	}

	/** Eight slots from id {@code first + 1}, the last without a day. */
	private static String slotsOnEdgeDays(int first) {
		return "INSERT INTO delivery_slot (id, day, orders_end) SELECT " + first + " + n, day, orders_end FROM unnest("
				+ "ARRAY['infinity', '-infinity', '0044-03-15 BC', '10000-01-01', '1582-10-20', '0001-01-01', '2024-02-29', NULL]::date[], "
				+ "ARRAY['infinity', '-infinity', '0044-03-15 12:00:00.000001 BC', '10000-01-01 00:00', '1582-10-10 12:00', "
				+ "'0001-12-31 23:59:59.999999 BC', '2024-02-29 23:59:59.999999', NULL]::timestamp[]) WITH ORDINALITY AS s(day, orders_end, n)";
	}

	/** Five slots from id {@code first + 1}: an hour, two days, a month and more, a negative hour, none. */
	private static String slotsLasting(int first) {
		return "INSERT INTO delivery_slot (id, opens, length) SELECT " + first + " + n, '10:00', length FROM unnest(ARRAY['1 hour', "
				+ "'2 days', '1 year 2 mons 3 days 04:05:06.000007', '-1 hour', NULL]::interval[]) WITH ORDINALITY AS s(length, n)";
	}

	private static void awaitSlot(BridgeDatabases databases, int id) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> queryLong(databases.service, "SELECT count(*) FROM delivery.delivery_slot WHERE id = " + id) == 1);
	}

}
