package dev.stranglerfig.analyzer.operate;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code strangler plan ...}: the migration plans, as files and as they serve in the proxy. */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = { "Validate plan files, show how each context's migration stands, compare a plan file with what "
				+ "serves, and move a context between phases through the proxy's admin API.",
				"Connection: --proxy-admin / $STRANGLER_PROXY_ADMIN (default http://localhost:9080), --bridge / "
						+ "$STRANGLER_BRIDGE (default http://localhost:8110); admin token from $STRANGLER_ADMIN_TOKEN or --token-file." },
		subcommands = { PlanValidateCommand.class, PlanStatusCommand.class, PlanDiffCommand.class,
				PlanAdvanceCommand.class, PlanRevertCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { ExitCodes.DONE_HELP, ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP, ExitCodes.REFUSED_HELP,
				ExitCodes.UNREACHABLE_HELP })
public final class PlanCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"Name a plan command: validate, status, diff, advance or revert");
	}

}
