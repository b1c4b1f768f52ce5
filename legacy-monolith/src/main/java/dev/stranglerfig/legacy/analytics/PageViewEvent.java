package dev.stranglerfig.legacy.analytics;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One page a visitor looked at, signed in or not (append-only clickstream). */
@Entity
@Table(name = "page_view_event")
public class PageViewEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private String sessionId;

	@Column(name = "user_id")
	private Long userId;

	@Column(name = "product_id")
	private Long productId;

	@Column(nullable = false)
	private String path;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected PageViewEvent() {
	}

	PageViewEvent(String sessionId, Long userId, Long productId, String path, Instant occurredAt) {
		this.sessionId = sessionId;
		this.userId = userId;
		this.productId = productId;
		this.path = path;
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getSessionId() {
		return this.sessionId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Long getProductId() {
		return this.productId;
	}

	public String getPath() {
		return this.path;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
