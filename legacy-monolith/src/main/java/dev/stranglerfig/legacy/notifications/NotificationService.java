package dev.stranglerfig.legacy.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.users.User;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox every domain writes to inside its own transaction: a rolled-back order sends nothing. */
@Service
public class NotificationService {

	private final NotificationRepository notifications;

	NotificationService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public List<Notification> enqueue(User user, NotificationTemplate template, Map<String, ?> model) {
		List<Notification> queued = new ArrayList<>();
		String subject = template.subject(model);
		String body = template.body(model);
		queued.add(new Notification(user, NotificationChannel.EMAIL, user.getEmail(), template, subject, body));
		if (template.alsoSms() && user.getPhone() != null) {
			queued.add(new Notification(user, NotificationChannel.SMS, user.getPhone(), template, subject, body));
		}
		return this.notifications.saveAll(queued);
	}

	@Transactional(readOnly = true)
	Page<Notification> search(Long userId, NotificationStatus status, Pageable pageable) {
		return this.notifications.search(userId, status, pageable);
	}

}
