package dev.stranglerfig.bridge.apply;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.apache.kafka.connect.data.Schema;

/**
 * Debezium's representation of a column value turned into what the target's SQL takes exactly: dates and times as
 * ISO text (microseconds and offsets kept; PostgreSQL parses them into the target column's type), decimals as
 * plain text, bytes as {@code byte[]}. Nothing goes through {@code double} or the JVM's time zone.
 */
final class DebeziumValues {

	/** What Debezium sends for a column whose unchanged TOAST value is not in the WAL. */
	static final String UNAVAILABLE = "__debezium_unavailable_value";

	private static final long END_OF_DAY_NANOS = 86_400_000_000_000L;

	private static final byte[] UNAVAILABLE_BYTES = UNAVAILABLE.getBytes(StandardCharsets.UTF_8);

	private DebeziumValues() {
	}

	static boolean unavailable(Object value) {
		if (value instanceof String text) {
			return UNAVAILABLE.equals(text);
		}
		if (value instanceof ByteBuffer buffer) {
			return Arrays.equals(bytes(buffer), UNAVAILABLE_BYTES);
		}
		return (value instanceof byte[] bytes) && Arrays.equals(bytes, UNAVAILABLE_BYTES);
	}

	static Object toJdbc(Schema schema, Object value) {
		if (value == null) {
			return null;
		}
		String name = schema.name();
		if (name != null) {
			switch (name) {
				case "io.debezium.time.Date", "org.apache.kafka.connect.data.Date":
					return (value instanceof Integer days) ? LocalDate.ofEpochDay(days).toString() : value.toString();
				case "io.debezium.time.Time":
					return timeOfDay(((Number) value).longValue() * 1_000_000L);
				case "io.debezium.time.MicroTime":
					return timeOfDay(((Number) value).longValue() * 1_000L);
				case "io.debezium.time.NanoTime":
					return timeOfDay(((Number) value).longValue());
				case "io.debezium.time.Timestamp":
					return local(Instant.ofEpochMilli(((Number) value).longValue()));
				case "io.debezium.time.MicroTimestamp":
					long micros = ((Number) value).longValue();
					return local(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L));
				case "io.debezium.time.NanoTimestamp":
					long nanos = ((Number) value).longValue();
					return local(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)));
				case "io.debezium.time.MicroDuration":
					// From a Connect connector left at interval.handling.mode=numeric; the bridge's own capture sends text.
					return value + " microseconds";
				case "org.apache.kafka.connect.data.Decimal":
					return ((BigDecimal) value).toPlainString();
				default:
					break;
			}
		}
		if (value instanceof ByteBuffer buffer) {
			return bytes(buffer);
		}
		return value;
	}

	/** PostgreSQL's {@code time} goes up to 24:00:00, one past the last {@link LocalTime}. */
	private static String timeOfDay(long nanos) {
		return (nanos == END_OF_DAY_NANOS) ? "24:00:00" : LocalTime.ofNanoOfDay(nanos).toString();
	}

	private static String local(Instant instant) {
		// Debezium encodes a timestamp without time zone as if it were UTC; decode it the same way.
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
	}

	private static byte[] bytes(ByteBuffer buffer) {
		ByteBuffer copy = buffer.duplicate();
		byte[] bytes = new byte[copy.remaining()];
		copy.get(bytes);
		return bytes;
	}

}
