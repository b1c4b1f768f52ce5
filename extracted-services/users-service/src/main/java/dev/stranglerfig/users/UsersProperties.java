package dev.stranglerfig.users;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The service's own settings; the standard Spring Boot ones (datasource, Kafka, server) are used as they are. */
@ConfigurationProperties(UsersProperties.PREFIX)
@Validated
public class UsersProperties {

	public static final String PREFIX = "users";

	/** How the transactional outbox (Spring Modulith's event publication registry) is kept moving. */
	@Valid
	private final Outbox outbox = new Outbox();

	public Outbox getOutbox() {
		return this.outbox;
	}

	public static class Outbox {

		/** How often publications that did not reach Kafka are looked for and sent again. */
		@NotNull
		private Duration resubmitInterval = Duration.ofSeconds(30);

		/**
		 * Only publications at least this old are sent again, so one whose first send is still in flight is not
		 * doubled.
		 */
		@NotNull
		private Duration resubmitOlderThan = Duration.ofMinutes(1);

		/** How long sent publications stay in the registry (an audit window) before they are deleted. */
		@NotNull
		private Duration keepCompleted = Duration.ofDays(7);

		public Duration getResubmitInterval() {
			return this.resubmitInterval;
		}

		public void setResubmitInterval(Duration resubmitInterval) {
			this.resubmitInterval = resubmitInterval;
		}

		public Duration getResubmitOlderThan() {
			return this.resubmitOlderThan;
		}

		public void setResubmitOlderThan(Duration resubmitOlderThan) {
			this.resubmitOlderThan = resubmitOlderThan;
		}

		public Duration getKeepCompleted() {
			return this.keepCompleted;
		}

		public void setKeepCompleted(Duration keepCompleted) {
			this.keepCompleted = keepCompleted;
		}

	}

}
