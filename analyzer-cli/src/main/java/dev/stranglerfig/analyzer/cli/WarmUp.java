package dev.stranglerfig.analyzer.cli;

import dev.stranglerfig.analyzer.report.ReportWriter;
import dev.stranglerfig.analyzer.source.SourceParser;

/**
 * Libraries a short {@code analyze} run would otherwise meet cold on its critical path, loaded and run on a spare
 * core beforehand: a run on 50k lines is about a second, of which class loading and first compilations are a good
 * part. The threads are daemons: a warm-up never holds the command up.
 */
final class WarmUp {

	private WarmUp() {
	}

	/** The parser, while picocli reads the command line. */
	static void parser() {
		start("parser", SourceParser::warmUp);
	}

	/** The YAML and JSON libraries the reports use, while the graph is built. */
	static void reports() {
		start("reports", ReportWriter::warmUp);
	}

	private static void start(String what, Runnable work) {
		Thread thread = new Thread(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				// A failed warm-up has only cost its time: the analysis runs the same code and reports its own errors.
			}
		}, "strangler-warm-up-" + what);
		thread.setDaemon(true);
		thread.start();
	}

}
