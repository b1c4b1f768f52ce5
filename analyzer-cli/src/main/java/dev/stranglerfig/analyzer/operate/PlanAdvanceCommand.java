package dev.stranglerfig.analyzer.operate;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import dev.stranglerfig.analyzer.operate.MoveChecks.BridgeReading;
import dev.stranglerfig.plans.Phase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code strangler plan advance <context> --to <phase>}: a checked move, applied through the proxy's admin API. */
@Command(name = "advance", mixinStandardHelpOptions = true,
		description = { "Moves a context to another phase. A forward move is refused, naming each failed check, when the "
				+ "bridge's stream is not running or lags more than the plan's guards.maxBridgeLag, when verify finds the "
				+ "two sides different and the service is to answer reads (canary above 0%%, reads, writes, retired), or "
				+ "when the shadow diff rate is above guards.maxDiffRate. --force applies it anyway and the audit trail "
				+ "records which checks it overrode. Moving back (a rollback) is never held back." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the context moved", ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				"5:refused: a check failed (without --force), the proxy refused the move, or an unknown context",
				"6:the proxy admin API cannot be reached or refused the token" })
final class PlanAdvanceCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Mixin
	private ControlPlane controlPlane;

	@Parameters(paramLabel = "CONTEXT", description = "The context to move, e.g. users.")
	private String context;

	@Option(names = "--to", required = true, paramLabel = "PHASE",
			description = "legacy, shadow, canary, reads, writes or retired.")
	private String to;

	@Option(names = "--percent", paramLabel = "N", description = "The canary share, 0-100 (default: keep the current one).")
	private Integer percent;

	@Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; it goes into the audit trail.")
	private String reason;

	@Option(names = "--force", description = "Apply the move even if checks fail; the failed checks are audited.")
	private boolean force;

	@Option(names = "--actor", paramLabel = "NAME", defaultValue = "${sys:user.name}", description = "Who moves it, for the audit trail (default: ${DEFAULT-VALUE}).")
	private String actor;

	@Override
	public Integer call() {
		Phase target = phase(this.spec, this.to);
		if (this.percent != null && (this.percent < 0 || this.percent > 100)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--percent is " + this.percent + "; give 0 to 100");
		}
		if (this.reason.isBlank()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--reason is empty; say why, it goes into the audit trail");
		}
		ProxyAdmin proxy = this.controlPlane.proxy();
		JsonNode plan = proxy.plan(this.context);
		Phase from = Phase.of(plan.get("livePhase").asString());
		int fromPercent = plan.get("canaryPercent").asInt();
		Move move = new Move(this.context, from, fromPercent, target, (this.percent != null) ? this.percent : fromPercent);
		List<String> failed = move.forward() ? checks(proxy, move) : List.of();
		PrintWriter err = this.spec.commandLine().getErr();
		if (!failed.isEmpty() && !this.force) {
			err.println("strangler: refused to move " + move + "; failed checks:");
			failed.forEach(check -> err.println("  - " + check));
			err.println("Fix them, or apply the move anyway with --force (the failed checks go into the audit trail).");
			err.flush();
			return ExitCodes.REFUSED;
		}
		JsonNode after = proxy.phase(this.context, target.value(), this.percent, this.reason, this.actor, failed);
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(this.context + ": " + Move.describe(from, fromPercent) + " -> "
				+ Move.describe(Phase.of(after.get("livePhase").asString()), after.get("canaryPercent").asInt())
				+ " (version " + after.get("version").asLong() + ")");
		if (!failed.isEmpty()) {
			out.println("FORCED past " + failed.size() + " failed check" + ((failed.size() == 1) ? "" : "s")
					+ " (recorded in the audit trail):");
			failed.forEach(check -> out.println("  - " + check));
		}
		out.flush();
		return ExitCodes.OK;
	}

	private List<String> checks(ProxyAdmin proxy, Move move) {
		JsonNode traffic = PlanStatusCommand.byContext(proxy.traffic(), this.context);
		Bridge bridge = this.controlPlane.bridge();
		BridgeReading reading;
		try {
			reading = new BridgeReading(bridge.base(), Bridge.stream(bridge.contexts(), this.context).orElse(null), null);
		}
		catch (ControlPlaneException ex) {
			reading = new BridgeReading(bridge.base(), null, ex.getMessage());
		}
		return MoveChecks.failed(move, traffic, reading, () -> bridge.verify(this.context));
	}

	/** A phase named on the command line, or a usage error listing the phases. */
	private static Phase phase(CommandLine.Model.CommandSpec spec, String name) {
		try {
			return Phase.of(name);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--to " + name + " is not a phase; give one of "
					+ Arrays.stream(Phase.values()).map(Phase::value).collect(Collectors.joining(", ")));
		}
	}

}
