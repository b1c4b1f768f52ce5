package dev.stranglerfig.legacy.notifications;

import java.time.Instant;

record NotificationResponse(Long id, Long userId, NotificationChannel channel, String recipient,
		NotificationTemplate template, String subject, NotificationStatus status, int attempts, Instant createdAt,
		Instant sentAt) {

	static NotificationResponse of(Notification n) {
		return new NotificationResponse(n.getId(), n.getUser().getId(), n.getChannel(), n.getRecipient(),
				n.getTemplate(), n.getSubject(), n.getStatus(), n.getAttempts(), n.getCreatedAt(), n.getSentAt());
	}

}
