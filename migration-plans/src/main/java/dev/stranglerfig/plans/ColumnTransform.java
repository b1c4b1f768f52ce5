package dev.stranglerfig.plans;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A change of representation between a legacy column and its service column, beyond a rename. Each
 * transform works both ways, because the bridge copies legacy to service until the service owns the
 * data and service to legacy after, and it can be written as SQL so checksums are computed in the
 * database.
 */
public enum ColumnTransform {

	/**
	 * Money as a decimal with two places in legacy ({@code 12.50}) and as a whole number of minor units
	 * in the service ({@code 1250}).
	 */
	MINOR_UNITS("minor-units") {

		private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

		@Override
		public Object toService(Object legacyValue) {
			if (legacyValue == null) {
				return null;
			}
			return new BigDecimal(legacyValue.toString()).multiply(HUNDRED).longValueExact();
		}

		@Override
		public Object toLegacy(Object serviceValue) {
			if (serviceValue == null) {
				return null;
			}
			return new BigDecimal(serviceValue.toString()).divide(HUNDRED).setScale(2);
		}

		@Override
		public String legacyToServiceSql(String legacyColumn) {
			return "(" + legacyColumn + " * 100)::bigint";
		}

	};

	private final String value;

	ColumnTransform(String value) {
		this.value = value;
	}

	/** The name plans use, e.g. {@code minor-units}. */
	public String value() {
		return this.value;
	}

	/**
	 * The service's value for a legacy value.
	 * @throws ArithmeticException or NumberFormatException when the value cannot be represented, e.g.
	 * a price with a third decimal place: such a row belongs in the bridge's dead-letter table
	 */
	public abstract Object toService(Object legacyValue);

	/** The legacy value for a service value. */
	public abstract Object toLegacy(Object serviceValue);

	/** A SQL expression giving a legacy column's value as the service stores it. */
	public abstract String legacyToServiceSql(String legacyColumn);

	static Optional<ColumnTransform> of(String value) {
		return Arrays.stream(values()).filter(transform -> transform.value.equals(value)).findFirst();
	}

	static String names() {
		return Arrays.stream(values()).map(ColumnTransform::value).collect(Collectors.joining(", "));
	}

}
