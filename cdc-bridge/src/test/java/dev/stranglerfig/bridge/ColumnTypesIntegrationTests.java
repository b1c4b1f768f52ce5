package dev.stranglerfig.bridge;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Column types the catalog does not use (delivery slots: {@code time}, {@code interval}) arrive as legacy holds them. */
class ColumnTypesIntegrationTests {

	private static final String SLOTS = "SELECT id, opens, length FROM %s ORDER BY id";

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
