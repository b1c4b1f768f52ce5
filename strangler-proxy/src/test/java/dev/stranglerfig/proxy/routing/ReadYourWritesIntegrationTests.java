package dev.stranglerfig.proxy.routing;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.Shadow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shopper who just wrote to a context reads it back from legacy while legacy takes the writes and the service
 * answers reads from what the bridge has copied so far.
 */
class ReadYourWritesIntegrationTests extends ProxyUnderTest {

	private static final String SERVED_BY = "X-Strangler-Served-By";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aShopperReadsTheirOwnFreshWriteFromLegacyAndOthersReadTheService() {
		String context = serve("ryw-canary", Phase.CANARY, Plan.DEFAULT_READ_YOUR_WRITES);

		HttpResponse<String> write = send("POST", "/ryw-canary/users", "{}", "X-User-Id", "ada");
		HttpCookie wrote = wroteCookie(write, context);
		HttpResponse<String> ownRead = get("/ryw-canary/users/1", "X-User-Id", "ada", "Cookie",
				wrote.getName() + "=" + wrote.getValue());
		HttpResponse<String> othersRead = get("/ryw-canary/users/1", "X-User-Id", "grace");

		assertThat(write.body()).isEqualTo("\"legacy\"");
		assertThat(wrote.getMaxAge()).as("the cookie outlives the window, the proxy judges its age").isEqualTo(3);
		assertThat(wrote.isHttpOnly()).isTrue();
		assertThat(wrote.getPath()).isEqualTo("/");
		assertThat(ownRead.body()).isEqualTo("\"legacy\"");
		assertThat(ownRead.headers().firstValue(SERVED_BY)).hasValue(context + ":legacy;own-write");
		assertThat(othersRead.body()).isEqualTo("\"service\"");
		assertThat(othersRead.headers().firstValue(SERVED_BY)).hasValue(context + ":service");
	}

	@Test
	void readsReachTheServiceAsSoonAsTheBridgeHasAppliedPastTheWrite() {
		String context = serve("ryw-bridge", Phase.READS, Duration.ofMinutes(1));
		HttpCookie wrote = wroteCookie(send("POST", "/ryw-bridge/users", "{}"), context);
		String cookie = wrote.getName() + "=" + wrote.getValue();
		long writtenAt = Long.parseLong(wrote.getValue());

		progress(context, writtenAt - 1_000);
		HttpResponse<String> beforeTheBridge = get("/ryw-bridge/users/1", "Cookie", cookie);
		progress(context, writtenAt);

		assertThat(beforeTheBridge.headers().firstValue(SERVED_BY)).as("the bridge has not copied the write yet")
			.hasValue(context + ":legacy;own-write");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(get("/ryw-bridge/users/1", "Cookie", cookie).body())
				.as("the bridge has applied past the write, long before the minute is up")
				.isEqualTo("\"service\""));
	}

	@Test
	void aWriteOlderThanThePlansWindowNoLongerKeepsReadsOnLegacy() {
		String context = serve("ryw-old", Phase.READS, Duration.ofMillis(500));
		long now = System.currentTimeMillis();

		assertThat(readWithWriteAt(context, now - 200).body()).isEqualTo("\"legacy\"");
		assertThat(readWithWriteAt(context, now - 600).body()).isEqualTo("\"service\"");
		assertThat(readWithWriteAt(context, now - 200, "X-Strangler-Side", "service").body())
			.as("a tester forcing the service gets it").isEqualTo("\"service\"");
		assertThat(get("/ryw-old/users/1", "Cookie", ReadYourWrites.COOKIE_PREFIX + context + "=yesterday").body())
			.as("a cookie the proxy did not write is ignored").isEqualTo("\"service\"");
	}

	@ParameterizedTest(name = "{0}: cookie on a write {1}, fresh write keeps reads on legacy {2}")
	@CsvSource({ "legacy, false, false", "shadow, true, false", "canary, true, true", "reads, true, true",
			"writes, false, false" })
	void onlyPhasesWhereLegacyTakesTheWritesRememberAndOnlyThoseWhereTheServiceReadsHold(String phase,
			boolean remembers, boolean holds) {
		String context = serve("ryw-" + phase, Phase.of(phase), Plan.DEFAULT_READ_YOUR_WRITES);

		HttpResponse<String> write = send("POST", "/ryw-" + phase + "/users", "{}", "X-User-Id", "ada");
		HttpResponse<String> read = readWithWriteAt(context, System.currentTimeMillis());

		assertThat(cookies(write, context)).as("cookie on the write's response").hasSize(remembers ? 1 : 0);
		assertThat(read.headers().firstValue(SERVED_BY).orElseThrow().endsWith(";own-write"))
			.as("read after a fresh write held on legacy").isEqualTo(holds);
	}

	@Test
	void aPlanWithoutAWindowNeitherRemembersNorHolds() {
		String context = serve("ryw-off", Phase.READS, Duration.ZERO);

		HttpResponse<String> write = send("POST", "/ryw-off/users", "{}");

		assertThat(cookies(write, context)).isEmpty();
		assertThat(readWithWriteAt(context, System.currentTimeMillis()).body()).isEqualTo("\"service\"");
	}

	/** Routes GET and POST under /{context}/users to a plan in {@code phase}, canary at 100%. */
	private static String serve(String context, Phase phase, Duration window) {
		Plan plan = plan(context, phase, Shadow.DEFAULT, canary(100), "GET /" + context + "/users/{id}",
				"POST /" + context + "/users");
		route(new Plan(plan.context(), plan.service(), plan.endpoints(), plan.phase(), plan.canary(), plan.shadow(),
				plan.guards(), window, plan.tables(), plan.source()));
		for (var stub : List.of(legacy, service)) {
			String side = (stub == legacy) ? "\"legacy\"" : "\"service\"";
			stub.json("GET", "/" + context + "/users/{id}", 200, side).json("POST", "/" + context + "/users", 201, side);
		}
		return context;
	}

	/** What the bridge publishes: it has applied legacy's changes committed up to {@code millis}. */
	private void progress(String context, long millis) {
		this.jdbc.sql("""
				INSERT INTO strangler_control.bridge_progress (context, direction, applied_through)
				VALUES (?, 'l2s', to_timestamp(? / 1000.0))
				ON CONFLICT (context, direction) DO UPDATE SET applied_through = EXCLUDED.applied_through""")
			.params(context, millis)
			.update();
	}

	private HttpResponse<String> readWithWriteAt(String context, long millis, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Cookie";
		all[1] = ReadYourWrites.COOKIE_PREFIX + context + "=" + millis;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return get("/" + context + "/users/1", all);
	}

	private static HttpCookie wroteCookie(HttpResponse<String> response, String context) {
		List<HttpCookie> cookies = cookies(response, context);
		assertThat(cookies).as("the write's response remembers it in a cookie").hasSize(1);
		return cookies.get(0);
	}

	private static List<HttpCookie> cookies(HttpResponse<String> response, String context) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.flatMap(header -> HttpCookie.parse(header).stream())
			.filter(cookie -> cookie.getName().equals(ReadYourWrites.COOKIE_PREFIX + context))
			.toList();
	}

}
