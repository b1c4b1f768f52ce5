package dev.stranglerfig.analyzer.cli;

import dev.stranglerfig.analyzer.analysis.NoSourcesException;
import picocli.CommandLine;

/** Every exit code of {@code strangler}, and the exceptions that map to them. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {

	public static final int OK = 0;

	public static final int SOFTWARE = 1;

	public static final int USAGE = 2;

	/** The analysis ran, but some files were skipped (listed in the report and on stderr). */
	public static final int PARTIAL = 3;

	/** Nothing to analyse: no such directory, or no Java source in it. */
	public static final int NO_INPUT = 4;

	/** For {@code --help}: picocli's exitCodeList format, "code:description". */
	static final String[] LIST = { "0:the analysis is complete", "1:an unexpected error (a bug: please report it)",
			"2:invalid options or arguments", "3:partial result: some source files were skipped (see the report)",
			"4:no Java source found in the directories given" };

	@Override
	public int getExitCode(Throwable exception) {
		return (exception instanceof NoSourcesException) ? NO_INPUT : SOFTWARE;
	}

}
