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
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.connect.data.Schema;

/**
 * Debezium's representation of a column value turned into what the target's SQL takes exactly: dates and times as
 * ISO text (microseconds and offsets kept; PostgreSQL parses them into the target column's type), decimals as
 * plain text, bytes as {@code byte[]}, arrays as lists of such elements. Nothing goes through {@code double} or the JVM's time zone.
 */
final class DebeziumValues {

	/** What Debezium sends for a column whose unchanged TOAST value is not in the WAL. */
	static final String UNAVAILABLE = "__debezium_unavailable_value";

	private static final long END_OF_DAY_NANOS = 86_400_000_000_000L;

	private static final byte[] UNAVAILABLE_BYTES = UNAVAILABLE.getBytes(StandardCharsets.UTF_8);

	/** Debezium's placeholders for unchanged TOAST arrays of int4 (and date) and of int8: the placeholder's bytes. */
	private static final List<Integer> UNAVAILABLE_INTS = IntStream.range(0, UNAVAILABLE_BYTES.length)
		.mapToObj(i -> (int) UNAVAILABLE_BYTES[i]).toList();

	private static final List<Long> UNAVAILABLE_LONGS = UNAVAILABLE_INTS.stream().map(Integer::longValue).toList();

	private static final String UNAVAILABLE_UUID = UUID.nameUUIDFromBytes(UNAVAILABLE_BYTES).toString();

	private DebeziumValues() {
	}

	static boolean unavailable(Object value) {
		if (value instanceof String text) {
			return UNAVAILABLE.equals(text);
		}
		if (value instanceof ByteBuffer buffer) {
			return Arrays.equals(bytes(buffer), UNAVAILABLE_BYTES);
		}
		if (value instanceof List<?> list) {
			// An array: text, json and bytea arrays hold the placeholder as their one element, uuid arrays a UUID made of it.
			return list.equals(UNAVAILABLE_INTS) || list.equals(UNAVAILABLE_LONGS)
					|| (list.size() == 1 && (unavailable(list.get(0)) || UNAVAILABLE_UUID.equals(list.get(0))));
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
		if (value instanceof List<?> elements && schema.type() == Schema.Type.ARRAY) {
			return elements.stream().map(element -> toJdbc(schema.valueSchema(), element)).toList();
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
