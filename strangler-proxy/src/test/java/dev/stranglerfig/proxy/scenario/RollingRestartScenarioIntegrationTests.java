package dev.stranglerfig.proxy.scenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stranglerfig.proxy.admin.AdminClient.Answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replica restarted in the middle of a write-ownership handover (a rolling restart during a cutover, here with no
 * CDC bridge, so the handover is aborted at its deadline): the writes it holds get their handover's outcome while the
 * shopper port drains, instead of hanging until the drain times out and being cut off.
 */
class RollingRestartScenarioIntegrationTests {

	private static final String USERS = """
			context: users
			service: { name: users-service, url: SERVICE_URL }
			endpoints:
			  - PUT /api/users/{id}
			phase: writes
			data:
			  tables:
			    - legacy: public.app_user
			      service: users.user_account
			      key: [id]
			      columns: { id: id, email: email }
			""";

	@Test
	void aWriteHeldWhileTheProxyStopsIsRefusedUnappliedAtTheHandoversDeadline() throws Exception {
		// A hold long enough to see a write held before the deadline on a busy machine, far below the drain's 20 s.
		WholeProxy proxy = new WholeProxy("rolling-restart", List.of("--strangler.proxy.handover.hold=5s"), "users.yaml",
				USERS);
		proxy.service.json("PUT", "/api/users/{id}", 200, "{\"side\":\"service\"}");
		CompletableFuture<Void> closed = null;
		try {
			assertThat(put(proxy, 0).statusCode()).isEqualTo(200);
			AtomicBoolean asking = new AtomicBoolean(true);
			List<HttpResponse<String>> writes = new CopyOnWriteArrayList<>();
			AtomicInteger sent = new AtomicInteger();
			CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
				while (asking.get()) {
					writes.add(put(proxy, sent.incrementAndGet()));
				}
			});
			CompletableFuture<Answer> handover = CompletableFuture.supplyAsync(() -> proxy.admin.postJson(
					"/admin/plans/users/phase", "{\"phase\": \"reads\", \"reason\": \"hand back\", \"actor\": \"tester\"}"));
			await().atMost(Duration.ofSeconds(4))
				.until(() -> proxy.counter("strangler_handover_held_writes_total", "context=\"users\"") >= 1);
			// The write under way is the held one; the writer sends nothing after it.
			asking.set(false);

			long closing = System.nanoTime();
			closed = CompletableFuture.runAsync(proxy::close);
			writer.get(10, TimeUnit.SECONDS);
			Duration answeredAfter = Duration.ofNanos(System.nanoTime() - closing);
			closed.get(10, TimeUnit.SECONDS);
			Duration stoppedAfter = Duration.ofNanos(System.nanoTime() - closing);

			assertThat(answeredAfter).as("the held write is answered by the handover's 5 s deadline, not the drain's 20 s")
				.isLessThan(Duration.ofSeconds(7));
			// Event loops wait for quiet before they stop, up to 15 s by default: drain + that can outlast the 30 s an
			// orchestrator gives a stopping replica.
			assertThat(stoppedAfter.minus(answeredAfter)).as("the replica stops soon after its drain")
				.isLessThan(Duration.ofSeconds(4));
			HttpResponse<String> held = writes.get(writes.size() - 1);
			assertThat(held.statusCode()).isEqualTo(503);
			assertThat(held.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(held.body()).contains("handover was aborted").contains("not applied");
			assertThat(handover.get(1, TimeUnit.SECONDS).status()).as("the operator's call gets the handover's outcome")
				.isEqualTo(503);
		}
		finally {
			if (closed == null) {
				proxy.close();
			}
		}
	}

	private static HttpResponse<String> put(WholeProxy proxy, int id) {
		return proxy.send("PUT", "/api/users/" + id, "{}", "Content-Type", "application/json");
	}

}
