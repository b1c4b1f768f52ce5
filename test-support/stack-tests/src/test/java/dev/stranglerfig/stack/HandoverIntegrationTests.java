package dev.stranglerfig.stack;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.stranglerfig.stack.HandoverStack.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.stranglerfig.stack.HandoverStack.execute;
import static dev.stranglerfig.stack.HandoverStack.queryLong;
import static dev.stranglerfig.stack.HandoverStack.queryString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The write-ownership handover with every part as its own process: shoppers keep writing through two proxy replicas
 * while the users context moves reads -> writes and back, and then while the bridge is down. Triggers on both
 * databases log every write to the mapped tables with whether it came through the bridge (its replication origin),
 * which tells direct writes to an old owner apart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandoverIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String WRITE_LOG = """
			CREATE TABLE public.handover_write_log (id bigserial PRIMARY KEY, tbl text NOT NULL, via_bridge boolean NOT NULL,
			    at timestamptz NOT NULL DEFAULT clock_timestamp());
			CREATE FUNCTION public.handover_log() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    INSERT INTO public.handover_write_log (tbl, via_bridge) VALUES (TG_TABLE_NAME, pg_replication_origin_session_is_setup());
			    RETURN NULL;
			END $$;
			CREATE TRIGGER handover_log AFTER INSERT OR UPDATE ON %1$s FOR EACH ROW EXECUTE FUNCTION public.handover_log();
			CREATE TRIGGER handover_log AFTER INSERT OR UPDATE ON %2$s FOR EACH ROW EXECUTE FUNCTION public.handover_log();
			""";

	private static HandoverStack stack;

	@BeforeAll
	static void start(@TempDir Path temp) throws Exception {
		stack = new HandoverStack(temp);
		await().atMost(Duration.ofSeconds(60)).until(() -> queryLong(stack.serviceDb, "SELECT count(*) FROM users.user_account") == 40);
		execute(stack.legacyDb, WRITE_LOG.formatted("public.app_user", "public.address"));
		execute(stack.serviceDb, WRITE_LOG.formatted("users.user_account", "users.address"));
		App admin = stack.proxies.get(0);
		for (String phase : List.of("shadow", "canary", "reads")) {
			assertThat(changePhase(admin, phase).statusCode()).isEqualTo(200);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(1)
	void writesFlowThroughAHandoverToTheServiceAndBackWithNothingLostDoubledOrMisplaced() throws Exception {
		// Registered while legacy owns the data: the service gets them through the bridge.
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> registered = HandoverStack.send(ShopperWrites.post(stack.proxies.get(i % 2), "/api/users",
					"{\"email\":\"early" + i + "@example.com\",\"password\":\"secret-password\",\"fullName\":\"Early " + i + "\"}"));
			assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		}
		List<Long> users = new ArrayList<>();
		for (long id = 1; id <= 30; id++) {
			users.add(id);
		}
		ShopperWrites writes = new ShopperWrites(stack.proxies, users, 4);
		try (writes) {
			awaitMoreWrites(writes, 40);
			HttpResponse<String> toWrites = changePhase(stack.proxies.get(0), "writes");
			assertThat(toWrites.statusCode()).as(toWrites.body()).isEqualTo(200);
			assertThat(json.readTree(toWrites.body()).get("livePhase").asString()).isEqualTo("writes");
			awaitMoreWrites(writes, 60);
			HttpResponse<String> back = changePhase(stack.proxies.get(1), "reads");
			assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
			awaitMoreWrites(writes, 40);
		}

		assertThat(writes.failures).as("answers other than 2xx").allSatisfy(HandoverIntegrationTests::isAbortedHold);
		long flipped = queryLong(stack.controlDb, "SELECT count(*) FROM strangler_control.handover WHERE state = 'flipped'");
		assertThat(flipped).isEqualTo(2);
		String heldToService = queryString(stack.controlDb,
				"SELECT held_at::text FROM strangler_control.handover WHERE to_phase = 'writes' AND state = 'flipped'");
		String heldToLegacy = queryString(stack.controlDb,
				"SELECT held_at::text FROM strangler_control.handover WHERE to_phase = 'reads' AND state = 'flipped'");
		assertThat(queryLong(stack.legacyDb, "SELECT count(*) FROM public.handover_write_log WHERE NOT via_bridge AND at > '"
				+ heldToService + "' AND at < '" + heldToLegacy + "'"))
			.as("writes applied to legacy directly while the service owned the data").isZero();
		assertThat(queryLong(stack.legacyDb, "SELECT count(*) FROM public.handover_write_log WHERE NOT via_bridge AND at > '"
				+ heldToLegacy + "'")).as("legacy takes the writes again after the handover back").isPositive();
		assertThat(queryLong(stack.serviceDb, "SELECT count(*) FROM public.handover_write_log WHERE NOT via_bridge AND (at < '"
				+ heldToService + "' OR at > '" + heldToLegacy + "')"))
			.as("writes applied to the service directly while legacy owned the data").isZero();
		assertThat(queryLong(stack.serviceDb, "SELECT count(*) FROM public.handover_write_log WHERE NOT via_bridge"))
			.as("the service took writes while it owned the data").isPositive();

		// Every acknowledged write is on both sides once the bridge caught up; addresses created on the service and
		// then on legacy again prove each new owner's sequences were moved past the other side's ids.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (Map.Entry<Long, String> edit : writes.lastName.entrySet()) {
				assertThat(queryString(stack.legacyDb, "SELECT full_name FROM public.app_user WHERE id = " + edit.getKey()))
					.isEqualTo(edit.getValue());
				assertThat(queryString(stack.serviceDb, "SELECT display_name FROM users.user_account WHERE id = " + edit.getKey()))
					.isEqualTo(edit.getValue());
			}
			// The last addresses were acknowledged a moment ago; the bridge copies them within its lag.
			for (Map.Entry<Long, Long> address : writes.addresses.entrySet()) {
				assertThat(queryLong(stack.legacyDb, "SELECT count(*) FROM public.address WHERE id = " + address.getKey()
						+ " AND user_id = " + address.getValue())).as("address %s in legacy", address.getKey()).isEqualTo(1);
				assertThat(queryLong(stack.serviceDb, "SELECT count(*) FROM users.address WHERE id = " + address.getKey()
						+ " AND user_account_id = " + address.getValue())).as("address %s in the service", address.getKey())
					.isEqualTo(1);
			}
		});
		assertThat(queryLong(stack.serviceDb, "SELECT count(*) FROM users.user_account WHERE email LIKE 'early%'")).isEqualTo(5);
		assertThat(queryLong(stack.serviceDb, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
		assertThat(queryLong(stack.legacyDb, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
		assertThat(verify()).as("the bridge's verify finds both sides equal").isZero();
		String bridgeMeters = HandoverStack.send(HttpRequest.newBuilder(stack.bridge.actuator("/prometheus"))).body();
		assertThat(bridgeMeters).as("the live direction's meters, and not the retired one's")
			.contains("bridge_slot_lag_bytes{context=\"users\",direction=\"l2s\"}")
			.doesNotContain("direction=\"s2l\"");
		double held = 0;
		for (App proxy : stack.proxies) {
			assertThat(metric(proxy, "strangler_handover_hold_seconds_count"))
				.as(proxy.name + " closed its write gate for both handovers").isEqualTo(2);
			held += metric(proxy, "strangler_handover_held_writes_total");
		}
		assertThat(held).as("writes held and then released to the new owner").isPositive();
	}

	@Test
	@Order(2)
	void withTheBridgeDownTheHandoverAbortsAtItsDeadlineAndWritesGoOnToLegacy() throws Exception {
		stack.bridge.close();
		// A shopper on each replica keeps editing while the handover is asked for: both replicas hold their writes.
		AtomicBoolean asking = new AtomicBoolean(true);
		Map<String, List<HttpResponse<String>>> answers = new ConcurrentHashMap<>();
		List<Thread> writers = new ArrayList<>();
		for (App proxy : stack.proxies) {
			List<HttpResponse<String>> own = new CopyOnWriteArrayList<>();
			answers.put(proxy.name, own);
			Thread writer = new Thread(() -> {
				for (int i = 0; asking.get(); i++) {
					try {
						own.add(HandoverStack.send(HttpRequest.newBuilder(proxy.uri("/api/users/" + (proxy == stack.proxies.get(0) ? 31 : 32)))
							.header("Content-Type", "application/json")
							.PUT(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"Held " + i + "\",\"marketingOptIn\":false}"))));
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}
			});
			writer.start();
			writers.add(writer);
		}
		long started = System.nanoTime();
		HttpResponse<String> aborted = changePhase(stack.proxies.get(0), "writes");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		asking.set(false);
		for (Thread writer : writers) {
			writer.join();
		}

		assertThat(aborted.statusCode()).as(aborted.body()).isEqualTo(503);
		assertThat(aborted.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(json.readTree(aborted.body()).get("detail").asString()).contains("aborted").contains("bridge");
		assertThat(took).isLessThan(Duration.ofSeconds(4));
		answers.forEach((replica, own) -> {
			assertThat(own).as(replica).allSatisfy(HandoverIntegrationTests::isAbortedHoldOrApplied);
			assertThat(own).as(replica + " held a write and answered 503").anySatisfy(HandoverIntegrationTests::isAbortedHold);
		});
		JsonNode plan = json.readTree(HandoverStack.send(adminRequest(stack.proxies.get(1), "/admin/plans/users")).body());
		assertThat(plan.get("livePhase").asString()).isEqualTo("reads");
		JsonNode audit = json.readTree(HandoverStack.send(adminRequest(stack.proxies.get(1), "/admin/audit?context=users&limit=5")).body());
		assertThat(audit.toString()).contains("handover-aborted").contains("CDC bridge did not drain and flip");

		HttpResponse<String> after = HandoverStack.send(HttpRequest.newBuilder(stack.proxies.get(1).uri("/api/users/31"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"After the abort\",\"marketingOptIn\":false}")));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(queryString(stack.legacyDb, "SELECT full_name FROM public.app_user WHERE id = 31")).isEqualTo("After the abort");
	}

	private static void isAbortedHold(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(response.body()).contains("handover was aborted");
	}

	private static void isAbortedHoldOrApplied(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			isAbortedHold(response);
		}
	}

	private static void awaitMoreWrites(ShopperWrites writes, int more) {
		int seen = writes.acknowledged();
		await().atMost(Duration.ofSeconds(20)).until(() -> writes.acknowledged() >= seen + more);
	}

	private static HttpResponse<String> changePhase(App admin, String phase) throws Exception {
		return HandoverStack.send(HttpRequest.newBuilder(admin.admin("/admin/plans/users/phase"))
			.header("Authorization", "Bearer " + HandoverStack.TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"phase\":\"" + phase + "\",\"canaryPercent\":10,\"reason\":\"handover test\"}")));
	}

	private static HttpRequest.Builder adminRequest(App admin, String path) {
		return HttpRequest.newBuilder(admin.admin(path)).header("Authorization", "Bearer " + HandoverStack.TOKEN);
	}

	/** The sum of a counter over its tags. */
	private static double metric(App app, String name) throws Exception {
		return HandoverStack.send(HttpRequest.newBuilder(app.actuator("/prometheus"))).body().lines()
			.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static int verify() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-jar", "../../cdc-bridge/target/cdc-bridge.jar",
				"verify", "users"));
		command.addAll(List.of(stack.bridgeArguments("--")));
		Process verify = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(stack.logs.resolve("verify.log").toFile())
			.start();
		return verify.waitFor();
	}

}
