package dev.stranglerfig.users.outbox;

import dev.stranglerfig.users.UsersProperties;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox moving while the service runs, not only at restart: a publication whose send to Kafka
 * failed (broker down, timeout) is sent again on every round until it goes through, and sent ones are deleted
 * after an audit window. Delivery is therefore at least once: consumers de-duplicate by user id.
 */
@Component
class OutboxMaintenance implements SchedulingConfigurer {

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final UsersProperties.Outbox properties;

	OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			UsersProperties properties) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.properties = properties.getOutbox();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::run, this.properties.getResubmitInterval());
	}

	void run() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.properties.getResubmitOlderThan());
		this.completed.deletePublicationsOlderThan(this.properties.getKeepCompleted());
	}

}
