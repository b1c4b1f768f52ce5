package dev.stranglerfig.bridge;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.stranglerfig.bridge.capture.SnapshotCommand;

/** {@code cdc-bridge snapshot <context> <table>...} run in the test's JVM, with what it printed and its exit code. */
record SnapshotRun(int exitCode, String out, String err) {

	static SnapshotRun of(List<String> bridgeArguments, String context, String... tables) {
		List<String> args = new ArrayList<>(List.of("snapshot", context));
		args.addAll(List.of(tables));
		args.addAll(bridgeArguments);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = SnapshotCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new SnapshotRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
