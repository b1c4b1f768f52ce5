package dev.stranglerfig.testsupport.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StubHttpServer} in a JVM of its own, for tests that kill a service the way it really dies:
 * the process goes ({@code kill -9}) and the kernel resets its connections.
 */
public final class StubHttpProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private StubHttpProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts the stub and waits until it listens. {@code routes} are method, path pattern, status, JSON body. */
	public static StubHttpProcess start(String... routes) {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
				"-cp", System.getProperty("java.class.path"), StubHttpServer.class.getName(), "0"));
		command.addAll(List.of(routes));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith("READY ")) {
					return new StubHttpProcess(process, Integer.parseInt(line.substring(6).trim()));
				}
			}
			throw new IllegalStateException("The stub process ended before listening, exit code " + process.waitFor());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** Kills the process at once (SIGKILL) and waits until it is gone. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The stub process did not die within 10 s of SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		kill();
	}

}
