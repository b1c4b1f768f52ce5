package dev.stranglerfig.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code java -jar strangler.jar ...} as an operator runs it: its own process, its environment, its exit code. */
final class StranglerCli {

	private static final String JAR = "../../analyzer-cli/target/strangler.jar";

	private final Map<String, String> environment;

	StranglerCli(Map<String, String> environment) {
		this.environment = environment;
	}

	/** The same CLI with other environment variables (e.g. a wrong token). */
	StranglerCli with(Map<String, String> changed) {
		Map<String, String> next = new HashMap<>(this.environment);
		next.putAll(changed);
		return new StranglerCli(next);
	}

	Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("STRANGLER_ADMIN_TOKEN");
		builder.environment().remove("STRANGLER_PROXY_ADMIN");
		builder.environment().remove("STRANGLER_BRIDGE");
		builder.environment().putAll(this.environment);
		Process process = builder.start();
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		String out = read(process.getInputStream());
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("strangler " + String.join(" ", args) + " did not end within 5 minutes");
		}
		return new Run(process.exitValue(), out, err.join());
	}

	private static String read(InputStream stream) {
		try {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Run(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\n--- out\n" + this.out + "--- err\n" + this.err;
		}

	}

}
