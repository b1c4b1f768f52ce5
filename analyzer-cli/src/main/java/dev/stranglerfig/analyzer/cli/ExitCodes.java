package dev.stranglerfig.analyzer.cli;

import dev.stranglerfig.analyzer.analysis.NoSourcesException;
import dev.stranglerfig.analyzer.operate.ControlPlaneException;
import dev.stranglerfig.analyzer.operate.RefusedException;
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

	/** The answer is no: an invalid plan, a move refused (failed preconditions or the proxy), verify not equal. */
	public static final int REFUSED = 5;

	/** The proxy's admin API or the bridge cannot be reached, failed, or refused the token. */
	public static final int UNREACHABLE = 6;

	// The lines --help shows (picocli's "code:description"); constants so that every command lists the same.
	static final String OK_HELP = "0:the analysis is complete";

	public static final String DONE_HELP = "0:done (for verify: both sides are equal)";

	public static final String SOFTWARE_HELP = "1:an unexpected error (a bug: please report it)";

	public static final String USAGE_HELP = "2:invalid options or arguments";

	static final String PARTIAL_HELP = "3:partial result: some source files were skipped (listed on stderr and in the report)";

	static final String NO_INPUT_HELP = "4:no Java source found in the directories given";

	public static final String REFUSED_HELP = "5:refused: an invalid plan, a move whose checks failed or that the proxy refused, an unknown context, verify not equal";

	public static final String UNREACHABLE_HELP = "6:the proxy admin API or the bridge cannot be reached, failed, or refused the token";

	@Override
	public int getExitCode(Throwable exception) {
		if (exception instanceof NoSourcesException) {
			return NO_INPUT;
		}
		if (exception instanceof RefusedException) {
			return REFUSED;
		}
		return (exception instanceof ControlPlaneException) ? UNREACHABLE : SOFTWARE;
	}

}
