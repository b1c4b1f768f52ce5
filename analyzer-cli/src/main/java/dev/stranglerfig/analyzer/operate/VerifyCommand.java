package dev.stranglerfig.analyzer.operate;

import java.util.concurrent.Callable;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code strangler verify <context>}: the bridge compares both sides of a context now. */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = { "Asks the CDC bridge to compare a context's mapped tables between legacy and the service (row counts "
				+ "and checksums per key range) and prints its report. Run it when the stream has caught up." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:both sides are equal", ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				"5:the sides differ (the report says where), or the bridge does not sync the context",
				ExitCodes.UNREACHABLE_HELP })
public final class VerifyCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Mixin
	private ControlPlane controlPlane;

	@Parameters(paramLabel = "CONTEXT", description = "The context to verify, e.g. users.")
	private String context;

	@Override
	public Integer call() {
		JsonNode report = this.controlPlane.bridge().verify(this.context);
		this.spec.commandLine().getOut().print(report.get("report").asString());
		this.spec.commandLine().getOut().flush();
		return report.get("equal").asBoolean() ? ExitCodes.OK : ExitCodes.REFUSED;
	}

}
