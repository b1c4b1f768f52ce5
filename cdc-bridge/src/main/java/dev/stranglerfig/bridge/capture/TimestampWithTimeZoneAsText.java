package dev.stranglerfig.bridge.capture;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Properties;

import io.debezium.connector.postgresql.PostgresValueConverter;
import io.debezium.spi.converter.CustomConverter;
import io.debezium.spi.converter.RelationalColumn;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * {@code timestamptz} values as text PostgreSQL parses back to the same instant, instead of Debezium's
 * {@code ZonedTimestamp}. In a snapshot Debezium reads the column as PostgreSQL's own text, parses it and formats it
 * again (building a formatter per value); the bridge then hands the text to PostgreSQL. Here the snapshot's text goes
 * through as it is (a quarter of the snapshot reader's time went to that round trip). Streamed values arrive parsed;
 * they are written with one shared formatter, in the ISO form for years 1-9999 and in PostgreSQL's form with an era
 * otherwise (ISO has no BC, PostgreSQL reads no signed years).
 */
public final class TimestampWithTimeZoneAsText implements CustomConverter<SchemaBuilder, RelationalColumn> {

	/** The name of the values' schema: a string PostgreSQL reads as a {@code timestamptz}. */
	public static final String SCHEMA_NAME = "dev.stranglerfig.bridge.TimestampWithTimeZoneText";

	private static final DateTimeFormatter WITH_ERA = new DateTimeFormatterBuilder()
		.appendValue(ChronoField.YEAR_OF_ERA, 4, 9, SignStyle.NORMAL)
		.appendPattern("-MM-dd HH:mm:ss.SSSSSSxxx G")
		.toFormatter(Locale.ROOT);

	@Override
	public void configure(Properties properties) {
	}

	@Override
	public void converterFor(RelationalColumn column, ConverterRegistration<SchemaBuilder> registration) {
		if (!"timestamptz".equals(column.typeName())) {
			return;
		}
		SchemaBuilder schema = SchemaBuilder.string().name(SCHEMA_NAME);
		if (column.isOptional()) {
			schema.optional();
		}
		registration.register(schema, TimestampWithTimeZoneAsText::text);
	}

	static String text(Object value) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (!(value instanceof OffsetDateTime time)) {
			throw new IllegalArgumentException("a timestamptz value of an unexpected type: " + value.getClass().getName());
		}
		if (PostgresValueConverter.POSITIVE_INFINITY_OFFSET_DATE_TIME.equals(time)) {
			return "infinity";
		}
		if (PostgresValueConverter.NEGATIVE_INFINITY_OFFSET_DATE_TIME.equals(time)) {
			return "-infinity";
		}
		int year = time.getYear();
		return (year >= 1 && year <= 9999) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) : WITH_ERA.format(time);
	}

}
