package dev.stranglerfig.bridge.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParentHoldsTests {

	private static final TopicPartition PRODUCTS = new TopicPartition("strangler.catalog.l2s.public.product", 2);

	private Instant now = Instant.parse("2026-11-24T10:00:00Z");

	private final ParentHolds holds = new ParentHolds(Duration.ofMillis(200), Duration.ofSeconds(60), new Clock() {

		@Override
		public Instant instant() {
			return ParentHoldsTests.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void aHeldChangeIsRetriedAfterTheRetryWaitAndDeadLetteredOnlyAfterThePatience() {
		assertThat(this.holds.hold(PRODUCTS, 41)).isTrue();
		assertThat(this.holds.due()).isEmpty();
		this.now = this.now.plusMillis(200);
		assertThat(this.holds.due()).containsExactly(PRODUCTS);

		// Refused again on the next try: the same hold goes on, it does not start over.
		assertThat(this.holds.hold(PRODUCTS, 41)).isFalse();
		this.now = this.now.plusSeconds(59);
		assertThat(this.holds.mayWait(PRODUCTS, 41)).isTrue();
		this.now = this.now.plusSeconds(1);
		assertThat(this.holds.mayWait(PRODUCTS, 41)).isFalse();
		// Other changes of the partition are not affected by that one's patience.
		assertThat(this.holds.mayWait(PRODUCTS, 42)).isTrue();
	}

	@Test
	void aHoldEndsOnceThePartitionIsAppliedPastTheHeldChange() {
		this.holds.hold(PRODUCTS, 41);
		this.holds.applied(PRODUCTS, 41);
		this.now = this.now.plusSeconds(1);
		assertThat(this.holds.due()).containsExactly(PRODUCTS);
		this.holds.applied(PRODUCTS, 42);
		assertThat(this.holds.due()).isEmpty();
		// A new hold at a later change gets the full patience again.
		assertThat(this.holds.hold(PRODUCTS, 90)).isTrue();
		this.now = this.now.plusSeconds(59);
		assertThat(this.holds.mayWait(PRODUCTS, 90)).isTrue();
	}

}
