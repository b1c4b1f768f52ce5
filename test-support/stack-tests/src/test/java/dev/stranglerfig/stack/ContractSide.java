package dev.stranglerfig.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.stranglerfig.testsupport.postgres.PostgresServer;

import static org.awaitility.Awaitility.await;

/**
 * One side of a contract test: an application started from the jar this build packaged, on its own fresh
 * database and a free port, answering over HTTP. Closing it asks for a graceful stop.
 */
final class ContractSide implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	private ContractSide(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts {@code jar} (relative to the repository root) and waits for its readiness probe. */
	static ContractSide start(String name, String jar, PostgresServer.Database database, Path logDir,
			String... arguments) throws IOException {
		int port = freePort();
		Path log = logDir.resolve(name + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-jar", "../../" + jar, "--server.port=" + port,
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ContractSide side = new ContractSide(name, process, port, log);
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.failFast(name + " exited while starting; see " + log, () -> !process.isAlive())
			.until(() -> side.send(HttpRequest.newBuilder(side.uri("/actuator/health/readiness"))).statusCode() == 200);
		return side;
	}

	String name() {
		return this.name;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	String logTail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static int freePort() throws IOException {
		return FreePorts.next();
	}

}
