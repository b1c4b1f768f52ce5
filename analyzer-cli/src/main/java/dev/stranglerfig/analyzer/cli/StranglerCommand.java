package dev.stranglerfig.analyzer.cli;

import java.io.PrintWriter;

import dev.stranglerfig.analyzer.operate.PlanCommand;
import dev.stranglerfig.analyzer.operate.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code strangler}: the migration team's command line. */
@Command(name = "strangler", mixinStandardHelpOptions = true, version = "strangler 0.1.0",
		description = "Tools for a Strangler Fig migration of a Java monolith.",
		subcommands = { AnalyzeCommand.class, PlanCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:done", ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				ExitCodes.PARTIAL_HELP, ExitCodes.NO_INPUT_HELP, ExitCodes.REFUSED_HELP, ExitCodes.UNREACHABLE_HELP })
public final class StranglerCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("analyze")) {
			// picocli takes about a tenth of a second to read the command line, on one core.
			WarmUp.parser();
		}
		System.exit(commandLine().execute(args));
	}

	/** The command line as main runs it; tests set their own out and err writers on it. */
	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new StranglerCommand());
		commandLine.setExitCodeExceptionMapper(new ExitCodes());
		commandLine.setParameterExceptionHandler(StranglerCommand::usageError);
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			int code = cmd.getExitCodeExceptionMapper().getExitCode(ex);
			if (code == ExitCodes.SOFTWARE) {
				cmd.getErr().println("strangler: unexpected error, please report it: " + ex);
				ex.printStackTrace(cmd.getErr());
			}
			else {
				cmd.getErr().println("strangler: " + ex.getMessage());
			}
			return code;
		});
		return commandLine;
	}

	/** One line of message, the synopsis, then where to find more: the picocli convention. */
	private static int usageError(CommandLine.ParameterException ex, String[] args) {
		CommandLine cmd = ex.getCommandLine();
		PrintWriter err = cmd.getErr();
		err.println(ex.getMessage());
		String heading = "Usage: ";
		err.print(heading + cmd.getHelp().synopsis(heading.length()));
		CommandLine.Model.CommandSpec parent = cmd.getCommandSpec().parent();
		String help = (parent == null) ? "" : " or '" + parent.qualifiedName() + " help " + cmd.getCommandName() + "'";
		err.println("See 'strangler --help'" + help + ".");
		return ExitCodes.USAGE;
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Name a command, e.g. 'strangler analyze legacy-monolith'");
	}

}
