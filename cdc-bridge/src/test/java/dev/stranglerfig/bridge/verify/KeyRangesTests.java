package dev.stranglerfig.bridge.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRangesTests {

	@Test
	void integerKeysAreCutIntoRangesOfAboutTenThousandRows() {
		KeyRanges ranges = KeyRanges.of(true, 1, 25_000, 25_000);
		assertThat(ranges.count()).isEqualTo(3);
		assertThat(ranges.width()).isEqualTo(8334);
		assertThat(ranges.rangeOf("\"id\"")).isEqualTo("((\"id\") - (1)) / 8334");
		assertThat(ranges.describe("id", 1)).isEqualTo("id 8335..16668");
	}

	@Test
	void otherKeysAreHashedIntoBuckets() {
		KeyRanges ranges = KeyRanges.of(false, 0, 0, 50_000);
		assertThat(ranges.count()).isEqualTo(5);
		assertThat(ranges.rangeOf("\"sku\"")).isEqualTo("abs(hashtext((\"sku\")::text)::bigint) % 5");
		assertThat(ranges.describe("sku", 2)).isEqualTo("sku hash bucket 2 of 5");
	}

	@Test
	void anEmptyTableIsOneRange() {
		assertThat(KeyRanges.of(true, 0, 0, 0).count()).isEqualTo(1);
	}

}
