package dev.stranglerfig.legacy.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** The gateway of every environment but production: it writes the message to the log and accepts it. */
@Component
class LoggingMessageGateway implements MessageGateway {

	private static final Logger logger = LoggerFactory.getLogger(LoggingMessageGateway.class);

	@Override
	public boolean send(Notification notification) {
		logger.debug("{} to {}: {}", notification.getChannel(), notification.getRecipient(), notification.getSubject());
		return true;
	}

}
