package dev.stranglerfig.plans;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ColumnTransformTests {

	@Test
	void minorUnitsTurnsADecimalPriceIntoWholeCentsAndBack() {
		assertThat(ColumnTransform.MINOR_UNITS.toService(new BigDecimal("12.50"))).isEqualTo(1250L);
		assertThat(ColumnTransform.MINOR_UNITS.toService("0.99")).isEqualTo(99L);
		assertThat(ColumnTransform.MINOR_UNITS.toLegacy(1250L)).isEqualTo(new BigDecimal("12.50"));
		assertThat(ColumnTransform.MINOR_UNITS.toService(null)).isNull();
		assertThat(ColumnTransform.MINOR_UNITS.toLegacy(null)).isNull();
	}

	@Test
	void minorUnitsRefusesAPriceWithAThirdDecimalPlaceInsteadOfRoundingIt() {
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> ColumnTransform.MINOR_UNITS.toService(new BigDecimal("1.005")));
	}

	@Test
	void minorUnitsHasASqlFormForChecksumsInTheDatabase() {
		assertThat(ColumnTransform.MINOR_UNITS.legacyToServiceSql("p.price")).isEqualTo("(p.price * 100)::bigint");
	}

}
