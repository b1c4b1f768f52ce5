package dev.stranglerfig.users.outbox;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;

/** How the externalized events look on Kafka. */
@Configuration(proxyBeanMethods = false)
class EventMessages {

	/**
	 * Events as plain JSON with the application's Jackson settings (ISO dates), but without Spring's
	 * {@code __TypeId__} header: it names this service's Java classes, which other teams' consumers must not
	 * depend on. The payload's fields are the contract.
	 */
	@Bean
	RecordMessageConverter eventMessageConverter(JsonMapper jsonMapper) {
		return new ByteArrayJacksonJsonMessageConverter(jsonMapper) {

			@Override
			protected Headers initialRecordHeaders(Message<?> message) {
				return new RecordHeaders();
			}

		};
	}

}
