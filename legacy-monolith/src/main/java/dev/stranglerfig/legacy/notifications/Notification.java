package dev.stranglerfig.legacy.notifications;

import java.time.Instant;

import dev.stranglerfig.legacy.common.BaseEntity;
import dev.stranglerfig.legacy.common.ShopClock;
import dev.stranglerfig.legacy.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One message in the outbox: written in the caller's transaction, sent later by the dispatcher. */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationChannel channel;

	@Column(nullable = false)
	private String recipient;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationTemplate template;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationStatus status = NotificationStatus.PENDING;

	private int attempts;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected Notification() {
	}

	Notification(User user, NotificationChannel channel, String recipient, NotificationTemplate template,
			String subject, String body) {
		this.user = user;
		this.channel = channel;
		this.recipient = recipient;
		this.template = template;
		this.subject = subject;
		this.body = body;
	}

	public User getUser() {
		return this.user;
	}

	public NotificationChannel getChannel() {
		return this.channel;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public NotificationTemplate getTemplate() {
		return this.template;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public NotificationStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	void markSent() {
		this.attempts++;
		this.status = NotificationStatus.SENT;
		this.sentAt = ShopClock.now();
	}

	void markAttemptFailed(int maxAttempts) {
		this.attempts++;
		if (this.attempts >= maxAttempts) {
			this.status = NotificationStatus.FAILED;
		}
	}

}
