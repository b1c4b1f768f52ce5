package dev.stranglerfig.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The bridge in a JVM of its own, so a test can kill it the way a crash does (SIGKILL, nothing runs after). */
final class BridgeProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private BridgeProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static BridgeProcess start(String name, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
				"-cp", System.getProperty("java.class.path"), BridgeApplication.class.getName()));
		command.addAll(arguments);
		try {
			Path log = Files.createDirectories(Path.of("target", "bridge-logs")).resolve(name + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			return new BridgeProcess(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL: no shutdown hook, no engine stop, no last commit. */
	void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	boolean alive() {
		return this.process.isAlive();
	}

	String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		waitForExit();
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
