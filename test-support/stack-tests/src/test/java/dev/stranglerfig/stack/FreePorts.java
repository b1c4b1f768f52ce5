package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for the processes a stack test starts, chosen before they start. Taken below Linux's ephemeral range
 * (32768 and up): a port the kernel handed out as ephemeral could be taken again, before the process binds it, by
 * any socket opened meanwhile (the in-JVM Kafka broker's, a JDBC connection's), which once kept users-service from
 * starting in the journey test.
 */
public final class FreePorts {

	private static final int FIRST = 20_000;

	private static final int LAST = 32_000;

	/** Spread over the range by process, so two test JVMs on one machine rarely try the same ports. */
	private static final AtomicInteger next = new AtomicInteger(
			FIRST + (int) (ProcessHandle.current().pid() * 97 % (LAST - FIRST)));

	private FreePorts() {
	}

	public static int next() throws IOException {
		for (int tries = 0; tries < LAST - FIRST; tries++) {
			int port = FIRST + Math.floorMod(next.getAndIncrement() - FIRST, LAST - FIRST);
			try (ServerSocket socket = new ServerSocket(port)) {
				return port;
			}
			catch (IOException taken) {
				// In use: try the next one.
			}
		}
		throw new IOException("no free port between " + FIRST + " and " + LAST);
	}

}
