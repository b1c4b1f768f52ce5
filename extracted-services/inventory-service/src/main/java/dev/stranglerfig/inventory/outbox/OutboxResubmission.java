package dev.stranglerfig.inventory.outbox;

import dev.stranglerfig.inventory.InventoryProperties;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends again, while the service runs, the events Kafka has not acknowledged (it was down, or the process died
 * between commit and send). Without this, Modulith would only resubmit them at the next restart.
 */
@Component
class OutboxResubmission implements SchedulingConfigurer {

	private final IncompleteEventPublications incomplete;

	private final InventoryProperties.Outbox outbox;

	OutboxResubmission(IncompleteEventPublications incomplete, InventoryProperties properties) {
		this.incomplete = incomplete;
		this.outbox = properties.getOutbox();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::resubmit, this.outbox.getResubmitInterval());
	}

	void resubmit() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.outbox.getResubmitOlderThan());
	}

}
