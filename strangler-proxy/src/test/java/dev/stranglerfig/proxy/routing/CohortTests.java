package dev.stranglerfig.proxy.routing;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.CohortSource;

import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CohortTests {

	private static final List<CohortSource> SOURCES = List.of(new CohortSource(CohortSource.Kind.HEADER, "X-User-Id"),
			new CohortSource(CohortSource.Kind.COOKIE, "SESSION"));

	@Test
	void keyIsTheFirstPresentSourceThenTheClientAddress() {
		assertThat(Cohort.key(MockServerHttpRequest.get("/").header("X-User-Id", "u1")
			.cookie(new HttpCookie("SESSION", "s1")).build(), SOURCES)).isEqualTo("u1");
		assertThat(Cohort.key(MockServerHttpRequest.get("/").cookie(new HttpCookie("SESSION", "s1")).build(), SOURCES))
			.isEqualTo("s1");
		assertThat(Cohort.key(MockServerHttpRequest.get("/").header("X-Forwarded-For", "203.0.113.9, 10.0.0.1").build(),
				SOURCES)).isEqualTo("203.0.113.9");
		assertThat(Cohort.key(MockServerHttpRequest.get("/")
			.remoteAddress(new InetSocketAddress("198.51.100.4", 5000)).build(), SOURCES)).isEqualTo("198.51.100.4");
	}

	@Test
	void bucketIsStableAndDoesNotDependOnAnythingButTheKey() {
		assertThat(Cohort.bucket("shopper-17")).isEqualTo(Cohort.bucket("shopper-17")).isBetween(0, 99);
		assertThat(Cohort.bucket("shopper-17")).isEqualTo(Cohort.bucket(new String("shopper-17")));
	}

	@Test
	void bucketsAreEvenlySpread() {
		int[] counts = new int[Cohort.BUCKETS];
		IntStream.range(0, 100_000).forEach(i -> counts[Cohort.bucket("shopper-" + i)]++);

		assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThanOrEqualTo(850);
		assertThat(IntStream.of(counts).max().orElseThrow()).isLessThanOrEqualTo(1150);
		long underThirty = IntStream.range(0, 100_000).filter(i -> Cohort.bucket("user" + i) < 30).count();
		assertThat(underThirty).isBetween(29_000L, 31_000L);
	}

}
