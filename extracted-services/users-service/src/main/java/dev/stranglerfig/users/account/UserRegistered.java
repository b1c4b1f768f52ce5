package dev.stranglerfig.users.account;

import java.time.Instant;

import org.springframework.modulith.events.Externalized;

/**
 * A shopper opened an account. Sent to Kafka topic {@code users.user-registered}, keyed by the user id, if and
 * only if the registration committed; a welcome email is the obvious consumer.
 */
@Externalized("users.user-registered::#{#this.userId()}")
public record UserRegistered(long userId, String email, String fullName, boolean marketingOptIn, Instant occurredAt) {
}
