package dev.stranglerfig.analyzer.operate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code strangler plan diff <context>}: the plan file (desired state) against what serves, and the route diff. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Compares a context's plan file with its live state in the proxy (phase, canary percent, endpoints) "
				+ "and shows the proxy's dry run of the file: the route lines loading it would add and remove." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:compared (whether or not they differ)", ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				"5:the plan file is invalid, or the proxy has no plan of that context",
				"6:the proxy admin API cannot be reached or refused the token" })
final class PlanDiffCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Mixin
	private ControlPlane controlPlane;

	@Parameters(paramLabel = "CONTEXT", description = "The context, e.g. users: its file is <plans>/<context>.yaml.")
	private String context;

	@Option(names = "--plans", paramLabel = "DIR", defaultValue = "${env:STRANGLER_PLANS_DIR:-migration-plans/plans}",
			description = "The plan files (default: $STRANGLER_PLANS_DIR, else ${DEFAULT-VALUE}).")
	private Path plans;

	@Override
	public Integer call() throws IOException {
		Path file = this.plans.resolve(this.context + ".yaml");
		if (!Files.isRegularFile(file)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), file + " does not exist; point --plans at the plan files");
		}
		String yaml = PlanValidateCommand.read(file);
		Plan plan;
		try {
			plan = PlanLoader.parse(file.getFileName().toString(), yaml);
		}
		catch (InvalidPlanException ex) {
			ex.problems().forEach(problem -> this.spec.commandLine().getErr().println(file + ":" + problem.line() + ": " + problem.message()));
			this.spec.commandLine().getErr().flush();
			return ExitCodes.REFUSED;
		}
		ProxyAdmin proxy = this.controlPlane.proxy();
		JsonNode live = proxy.plan(this.context);
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(this.context + ": " + file + " vs the proxy at " + proxy.base());
		JsonNode change = live.get("lastChange");
		out.printf("  phase           file %-12s live %s (version %d, %s by %s: \"%s\")%n", plan.phase().value(),
				live.get("livePhase").asString(), live.get("version").asLong(), change.path("at").asString(""),
				change.path("by").asString(""), change.path("reason").asString(""));
		out.printf("  canary percent  file %-12s live %d%n", plan.canary().percent(), live.get("canaryPercent").asInt());
		TreeSet<String> fileEndpoints = new TreeSet<>(plan.endpoints().stream().map(Endpoint::id).toList());
		TreeSet<String> liveEndpoints = new TreeSet<>(live.get("endpoints").valueStream().map(e -> e.get("id").asString()).toList());
		List<String> onlyFile = fileEndpoints.stream().filter(id -> !liveEndpoints.contains(id)).toList();
		List<String> onlyLive = liveEndpoints.stream().filter(id -> !fileEndpoints.contains(id)).toList();
		out.printf("  endpoints       file %-12d live %d%s%n", fileEndpoints.size(), liveEndpoints.size(),
				(onlyFile.isEmpty() && onlyLive.isEmpty()) ? ", the same" : "");
		onlyFile.forEach(id -> out.println("    only in the file: " + id));
		onlyLive.forEach(id -> out.println("    only serving:     " + id));
		out.println("The proxy's dry run of the file (POST /admin/plans/validate):");
		RouteDiff.print(proxy.validate(yaml), out);
		out.flush();
		return ExitCodes.OK;
	}

}
