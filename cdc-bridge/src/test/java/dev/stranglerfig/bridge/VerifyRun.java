package dev.stranglerfig.bridge;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.bridge.verify.VerifyCommand;

/** {@code cdc-bridge verify <context>} run in the test's JVM, with what it printed and its exit code. */
record VerifyRun(int exitCode, String out, String err) {

	static VerifyRun of(List<String> bridgeArguments, String context) {
		List<String> args = new ArrayList<>(List.of("verify", context));
		args.addAll(bridgeArguments);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = VerifyCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new VerifyRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
