package dev.stranglerfig.testsupport.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application of the stack, run as its own JVM from its Spring Boot jar, logging to a file, and
 * considered up when its readiness probe answers 200.
 */
final class StackProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final int port;

	private final int managementPort;

	private final List<String> arguments;

	private final Map<String, String> environment;

	private final Path log;

	private Process process;

	StackProcess(String name, Path jar, int port, List<String> arguments, Map<String, String> environment, Path logDir) {
		this(name, jar, port, port, arguments, environment, logDir);
	}

	/** @param managementPort where its actuator answers (health, metrics), if not on {@code port} */
	StackProcess(String name, Path jar, int port, int managementPort, List<String> arguments, Map<String, String> environment,
			Path logDir) {
		this.name = name;
		this.jar = jar;
		this.port = port;
		this.managementPort = managementPort;
		this.arguments = arguments;
		this.environment = environment;
		this.log = logDir.resolve(name + ".log");
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	int managementPort() {
		return this.managementPort;
	}

	Path log() {
		return this.log;
	}

	void start() {
		if (!Files.isRegularFile(this.jar)) {
			throw new IllegalStateException(this.jar + " is missing: build it first (./sandbox does)");
		}
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-jar", this.jar.toString(),
				"--server.port=" + this.port, "--management.server.port=" + this.managementPort));
		command.addAll(this.arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.log.toFile());
		builder.environment().putAll(this.environment);
		try {
			Files.createDirectories(this.log.getParent());
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name + ": " + ex.getMessage(), ex);
		}
	}

	/** Polls the readiness probe until it answers 200, the process dies, or the deadline passes. */
	void awaitReady(Duration timeout) throws InterruptedException {
		URI readiness = URI.create("http://localhost:" + this.managementPort + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with code " + this.process.exitValue()
						+ " while starting; see " + this.log);
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// Still starting: keep polling until the deadline.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(this.name + " was not ready within " + timeout.toSeconds() + " s; see " + this.log);
	}

	/** Asks for a graceful shutdown (SIGTERM) and waits for it; kills the process if it hangs. */
	void stop(Duration grace) throws InterruptedException {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
