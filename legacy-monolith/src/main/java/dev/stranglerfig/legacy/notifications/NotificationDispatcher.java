package dev.stranglerfig.legacy.notifications;

import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drains the outbox in batches: on a schedule, or on demand through the admin endpoint. */
@Component
class NotificationDispatcher {

	static final int MAX_ATTEMPTS = 3;

	private final NotificationRepository notifications;

	private final MessageGateway gateway;

	NotificationDispatcher(NotificationRepository notifications, MessageGateway gateway) {
		this.notifications = notifications;
		this.gateway = gateway;
	}

	@Scheduled(fixedDelayString = "${legacy.notifications.dispatch-interval:PT10S}")
	@Transactional
	public int dispatchPending() {
		List<Notification> batch = this.notifications.findTop100ByStatusOrderByIdAsc(NotificationStatus.PENDING);
		int sent = 0;
		for (Notification notification : batch) {
			if (this.gateway.send(notification)) {
				notification.markSent();
				sent++;
			}
			else {
				notification.markAttemptFailed(MAX_ATTEMPTS);
			}
		}
		return sent;
	}

}
