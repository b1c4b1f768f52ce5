package dev.stranglerfig.analyzer.operate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** {@code strangler plan status [context] [--json]}: how each context's migration stands now. */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = { "Per context: live phase and canary percent, the service's share of the traffic, error rate and p99 "
				+ "latency of each side and the shadow diff rate over the plan's guard window, the bridge's stream "
				+ "(direction, state, lag, changes applied), and the last audited changes. A bridge that cannot be reached "
				+ "is reported on stderr and in the table; the status is still shown." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { ExitCodes.DONE_HELP, ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				"5:the proxy has no plan of that context", "6:the proxy admin API cannot be reached or refused the token" })
final class PlanStatusCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Mixin
	private ControlPlane controlPlane;

	@Parameters(arity = "0..1", paramLabel = "CONTEXT", description = "Only this context (default: every context).")
	private String context;

	@Option(names = "--json", description = "Print JSON (one object per context) instead of the table.")
	private boolean json;

	@Option(names = "--audit", paramLabel = "N", defaultValue = "3",
			description = "Audit entries shown per context, newest first (default: ${DEFAULT-VALUE}).")
	private int auditEntries;

	@Override
	public Integer call() {
		if (this.auditEntries < 1 || this.auditEntries > 1000) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--audit is " + this.auditEntries
					+ "; give 1 to 1000");
		}
		ProxyAdmin proxy = this.controlPlane.proxy();
		List<JsonNode> plans = (this.context == null) ? proxy.plans().valueStream().toList() : List.of(proxy.plan(this.context));
		JsonNode traffic = proxy.traffic();
		JsonNode streams = null;
		String bridgeProblem = null;
		try {
			streams = this.controlPlane.bridge().contexts();
		}
		catch (ControlPlaneException ex) {
			bridgeProblem = "unreachable";
			this.spec.commandLine().getErr().println("strangler: " + ex.getMessage());
		}
		List<ContextStatus> statuses = new ArrayList<>();
		for (JsonNode plan : plans) {
			String name = plan.get("context").asString();
			JsonNode stream = (streams != null) ? Bridge.stream(streams, name).orElse(null) : null;
			statuses.add(new ContextStatus(plan, byContext(traffic, name), stream,
					(stream != null) ? null : (bridgeProblem != null) ? bridgeProblem : "not synced",
					proxy.audit(name, this.auditEntries).valueStream().toList()));
		}
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			ArrayNode array = JsonHttp.JSON.createArrayNode();
			statuses.forEach(status -> array.add(status.toJson()));
			out.println(JsonHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
		}
		else {
			out.print(StatusTable.render(statuses));
		}
		out.flush();
		return ExitCodes.OK;
	}

	static JsonNode byContext(JsonNode list, String context) {
		return list.valueStream().filter(entry -> entry.get("context").asString().equals(context)).findFirst().orElse(null);
	}

}
