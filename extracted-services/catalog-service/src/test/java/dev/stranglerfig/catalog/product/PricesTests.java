package dev.stranglerfig.catalog.product;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PricesTests {

	@Test
	void aLegacyPriceBecomesWholeMinorUnitsWhateverItsScale() {
		assertThat(Prices.toMinor(new BigDecimal("12.5"))).isEqualTo(1250);
		assertThat(Prices.toMinor(new BigDecimal("12.50"))).isEqualTo(1250);
		assertThat(Prices.toMinor(new BigDecimal("7"))).isEqualTo(700);
		assertThat(Prices.toMinor(new BigDecimal("9999999999.99"))).isEqualTo(999_999_999_999L);
	}

	@Test
	void minorUnitsComeBackWithLegacysTwoPlaces() {
		assertThat(Prices.fromMinor(1250)).hasToString("12.50");
		assertThat(Prices.fromMinor(0)).hasToString("0.00");
		assertThat(Prices.fromMinor(5)).hasToString("0.05");
	}

	@Test
	void aThirdDecimalPlaceCannotBeMappedSilently() {
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Prices.toMinor(new BigDecimal("1.005")));
	}

}
