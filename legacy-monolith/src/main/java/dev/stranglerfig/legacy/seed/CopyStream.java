package dev.stranglerfig.legacy.seed;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Rows streamed into one table with {@code COPY ... FROM STDIN} (text format), flushed in 1 MiB chunks. */
final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private long rows;

	CopyStream(CopyManager copyManager, String table, String columns) throws SQLException {
		this.copy = copyManager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
	}

	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			append(values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return this.rows;
	}

	private void append(Object value) {
		if (value == null) {
			this.buffer.append("\\N");
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.copy.endCopy();
	}

}
