package dev.stranglerfig.legacy.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.LegacyShopIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationApiIntegrationTests extends LegacyShopIntegrationTest {

	@Test
	void dispatchSendsPendingMessagesOldestFirst() {
		long userId = this.shop.registerUser();
		assertThat(statusesOf(userId)).containsExactly("PENDING");

		// Other tests share the outbox, so drain batches of 100 until this user's welcome email has gone.
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			Map<String, Object> dispatched = this.shop.post("/api/notifications/dispatch", Map.of(), 200);
			assertThat(dispatched).containsKey("sent");
			return statusesOf(userId).equals(List.of("SENT"));
		});

		Map<String, Object> sent = only(this.shop.get("/api/notifications?userId=" + userId + "&status=SENT", 200));
		assertThat(sent).containsEntry("attempts", 1).containsEntry("template", "WELCOME");
		assertThat(sent.get("sentAt")).isNotNull();
		assertThat((List<?>) this.shop.get("/api/notifications?userId=" + userId + "&status=PENDING", 200).get("content"))
			.isEmpty();
	}

	@Test
	void rejectsAnUnknownStatusAndOversizedPages() {
		assertThat(this.shop.get("/api/notifications?status=LOST", 400)).containsEntry("status", 400);
		assertThat(this.shop.get("/api/notifications?size=101", 400)).containsEntry("type", "/problems/validation");
	}

	private List<Object> statusesOf(long userId) {
		List<?> content = (List<?>) this.shop.get("/api/notifications?userId=" + userId, 200).get("content");
		return content.stream().map(n -> ((Map<?, ?>) n).get("status")).map(Object.class::cast).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> only(Map<String, Object> page) {
		List<?> content = (List<?>) page.get("content");
		assertThat(content).hasSize(1);
		return (Map<String, Object>) content.get(0);
	}

}
