package dev.stranglerfig.bridge.capture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Properties;

import io.debezium.connector.postgresql.PostgresValueConverter;
import io.debezium.spi.converter.CustomConverter;
import io.debezium.spi.converter.RelationalColumn;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.postgresql.PGStatement;

/**
 * {@code date} and {@code timestamp} (without time zone) values as text PostgreSQL parses back to the same value,
 * instead of Debezium's day and microsecond counts: those hold infinities as far-off instants and BC years and years
 * past 9999 as signed ISO years, none of which PostgreSQL reads back. ISO form for years 1-9999, PostgreSQL's form
 * with an era otherwise, {@code infinity} / {@code -infinity} as such.
 * <p>
 * What Debezium hands over: a snapshot's {@code timestamp} is PostgreSQL's own text and goes through as it is; its
 * {@code date} is pgjdbc's {@link java.sql.Date}, whose fields pgjdbc set in the JVM's zone and are read back the same
 * way. Streamed values arrive parsed by the pgoutput decoder: {@link LocalDate} and {@link Instant} (in UTC).
 */
public final class DateAndTimestampAsText implements CustomConverter<SchemaBuilder, RelationalColumn> {

	/** The name of the values' schema: a string PostgreSQL reads as a {@code date} or {@code timestamp}. */
	private static final String SCHEMA_NAME = "dev.stranglerfig.bridge.DateOrTimestampText";

	private static final DateTimeFormatter DATE_WITH_ERA = new DateTimeFormatterBuilder()
		.appendValue(ChronoField.YEAR_OF_ERA, 4, 9, SignStyle.NORMAL)
		.appendPattern("-MM-dd G")
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter TIMESTAMP_WITH_ERA = new DateTimeFormatterBuilder()
		.appendValue(ChronoField.YEAR_OF_ERA, 4, 9, SignStyle.NORMAL)
		.appendPattern("-MM-dd HH:mm:ss.SSSSSS G")
		.toFormatter(Locale.ROOT);

	@Override
	public void configure(Properties properties) {
	}

	@Override
	public void converterFor(RelationalColumn column, ConverterRegistration<SchemaBuilder> registration) {
		if (!"date".equals(column.typeName()) && !"timestamp".equals(column.typeName())) {
			return;
		}
		SchemaBuilder schema = SchemaBuilder.string().name(SCHEMA_NAME);
		if (column.isOptional()) {
			schema.optional();
		}
		registration.register(schema, DateAndTimestampAsText::text);
	}

	static String text(Object value) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof LocalDate date) {
			return date(date);
		}
		if (value instanceof Instant instant) {
			return timestamp(instant);
		}
		if (value instanceof Date date) {
			return date(date);
		}
		throw new IllegalArgumentException("a date or timestamp value of an unexpected type: " + value.getClass().getName());
	}

	private static String date(LocalDate date) {
		if (PostgresValueConverter.POSITIVE_INFINITY_LOCAL_DATE.equals(date)) {
			return "infinity";
		}
		if (PostgresValueConverter.NEGATIVE_INFINITY_LOCAL_DATE.equals(date)) {
			return "-infinity";
		}
		int year = date.getYear();
		return (year >= 1 && year <= 9999) ? date.toString() : DATE_WITH_ERA.format(date);
	}

	private static String date(Date date) {
		long millis = date.getTime();
		if (millis == PGStatement.DATE_POSITIVE_INFINITY) {
			return "infinity";
		}
		if (millis == PGStatement.DATE_NEGATIVE_INFINITY) {
			return "-infinity";
		}
		// pgjdbc set the date's fields on a Julian-Gregorian calendar in the JVM's zone: read them back from one.
		Calendar calendar = new GregorianCalendar();
		calendar.setTime(date);
		int yearOfEra = calendar.get(Calendar.YEAR);
		int year = (calendar.get(Calendar.ERA) == GregorianCalendar.BC) ? 1 - yearOfEra : yearOfEra;
		return date(LocalDate.of(year, calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH)));
	}

	private static String timestamp(Instant instant) {
		if (PostgresValueConverter.POSITIVE_INFINITY_INSTANT.equals(instant)) {
			return "infinity";
		}
		if (PostgresValueConverter.NEGATIVE_INFINITY_INSTANT.equals(instant)) {
			return "-infinity";
		}
		// The decoder reads a timestamp without time zone as if it were UTC.
		LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		int year = time.getYear();
		return (year >= 1 && year <= 9999) ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time) : TIMESTAMP_WITH_ERA.format(time);
	}

}
