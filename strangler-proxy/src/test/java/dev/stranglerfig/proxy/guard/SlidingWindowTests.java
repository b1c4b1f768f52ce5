package dev.stranglerfig.proxy.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SlidingWindowTests {

	private final AtomicLong clock = new AtomicLong(1_000_000);

	private final SlidingWindow window = new SlidingWindow(Duration.ofSeconds(10), this.clock::get);

	@Test
	void countsRequestsErrorsAndComparisonsInTheWindow() {
		this.window.request(false, 1_000_000);
		this.window.request(true, 1_000_000);
		this.clock.addAndGet(3_000);
		this.window.request(true, 1_000_000);
		this.window.comparison(true);
		this.window.comparison(false);

		WindowTotals totals = this.window.totals();

		assertThat(totals.requests()).isEqualTo(3);
		assertThat(totals.errors()).isEqualTo(2);
		assertThat(totals.errorRate()).isCloseTo(0.667, within(0.001));
		assertThat(totals.diffRate()).isEqualTo(0.5);
	}

	@Test
	void forgetsSecondsThatLeftTheWindow() {
		this.window.request(true, 1_000_000);
		this.clock.addAndGet(9_000);
		this.window.request(false, 1_000_000);
		assertThat(this.window.totals().requests()).isEqualTo(2);

		this.clock.addAndGet(1_000);
		assertThat(this.window.totals().requests()).isEqualTo(1);
		assertThat(this.window.totals().errors()).isZero();

		this.clock.addAndGet(60_000);
		assertThat(this.window.totals()).isEqualTo(WindowTotals.EMPTY);
	}

	@Test
	void p99IsTheSlowestPercentWithinABucket() {
		for (int i = 0; i < 990; i++) {
			this.window.request(false, 10_000_000);
		}
		for (int i = 0; i < 10; i++) {
			this.window.request(false, 800_000_000);
		}

		assertThat(this.window.totals().p99Nanos()).isBetween(10_000_000L, 10_950_000L);
		this.window.request(false, 800_000_000);
		assertThat(this.window.totals().p99Nanos()).isBetween(800_000_000L, 876_000_000L);
	}

	@Test
	void histogramQuantilesAreUpperBoundsWithinNinePercent() {
		LatencyHistogram histogram = new LatencyHistogram();
		for (long millis = 1; millis <= 100; millis++) {
			histogram.record(millis * 1_000_000);
		}

		assertThat(histogram.quantileNanos(0.5)).isBetween(50_000_000L, 54_600_000L);
		assertThat(histogram.quantileNanos(0.99)).isBetween(99_000_000L, 108_000_000L);
		assertThat(new LatencyHistogram().quantileNanos(0.99)).isZero();
	}

}
