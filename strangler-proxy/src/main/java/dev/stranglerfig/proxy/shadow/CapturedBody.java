package dev.stranglerfig.proxy.shadow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

import org.springframework.core.io.buffer.DataBuffer;

/** The first bytes of a body, up to a limit; copies without consuming, so the body still streams on. */
final class CapturedBody {

	private final int limit;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private boolean truncated;

	private byte[] copy;

	CapturedBody(int limit) {
		this.limit = limit;
	}

	synchronized void append(DataBuffer buffer) {
		try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
			while (views.hasNext()) {
				keep(views.next());
			}
		}
	}

	synchronized void append(ByteBuf buffer) {
		for (ByteBuffer view : buffer.nioBuffers()) {
			keep(view);
		}
	}

	private void keep(ByteBuffer view) {
		int take = Math.min(this.limit - this.bytes.size(), view.remaining());
		if (take < view.remaining()) {
			this.truncated = true;
		}
		byte[] chunk = new byte[take];
		view.get(chunk);
		this.bytes.write(chunk, 0, take);
	}

	/** More came than the limit kept: the body cannot be compared as a whole. */
	synchronized boolean truncated() {
		return this.truncated;
	}

	/** The bytes kept so far, shared and not to be changed: one copy per size, as a comparison asks more than once. */
	synchronized byte[] bytes() {
		if (this.copy == null || this.copy.length != this.bytes.size()) {
			this.copy = this.bytes.toByteArray();
		}
		return this.copy;
	}

	synchronized String text() {
		return this.bytes.toString(StandardCharsets.UTF_8);
	}

}
