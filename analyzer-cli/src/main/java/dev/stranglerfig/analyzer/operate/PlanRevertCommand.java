package dev.stranglerfig.analyzer.operate;

import java.util.concurrent.Callable;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import dev.stranglerfig.plans.Phase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code strangler plan revert <context> --reason ...}: undoes the context's last phase change. */
@Command(name = "revert", mixinStandardHelpOptions = true,
		description = { "Undoes the context's last phase change (an operator's move, a revert, or a guard's rollback) as the "
				+ "audit trail records it. The proxy refuses when the context has moved since." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:reverted", ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				"5:the proxy refused: nothing to revert, the context moved since, or an unknown context",
				"6:the proxy admin API cannot be reached or refused the token" })
final class PlanRevertCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Mixin
	private ControlPlane controlPlane;

	@Parameters(paramLabel = "CONTEXT", description = "The context whose last change to undo.")
	private String context;

	@Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; it goes into the audit trail.")
	private String reason;

	@Option(names = "--actor", paramLabel = "NAME", defaultValue = "${sys:user.name}", description = "Who reverts, for the audit trail (default: ${DEFAULT-VALUE}).")
	private String actor;

	@Override
	public Integer call() {
		if (this.reason.isBlank()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--reason is empty; say why, it goes into the audit trail");
		}
		JsonNode after = this.controlPlane.proxy().revert(this.context, this.reason, this.actor);
		this.spec.commandLine().getOut().println(this.context + ": reverted to "
				+ Move.describe(Phase.of(after.get("livePhase").asString()), after.get("canaryPercent").asInt())
				+ " (version " + after.get("version").asLong() + ")");
		this.spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

}
