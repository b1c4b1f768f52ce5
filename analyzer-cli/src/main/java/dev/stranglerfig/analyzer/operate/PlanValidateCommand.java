package dev.stranglerfig.analyzer.operate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.stranglerfig.analyzer.cli.ExitCodes;
import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.plans.PlanProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code strangler plan validate [PATH...]}: the plan loader's checks, then the proxy's dry run when one is named. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Validates plan files with the plan loader (a directory: each file and the files together, e.g. "
				+ "endpoints two plans claim). When a proxy is named (--proxy-admin or $STRANGLER_PROXY_ADMIN), each file "
				+ "then goes through the proxy's dry run, which shows the route lines it would add and remove." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every plan is valid", ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP,
				"5:a plan is invalid (each problem on stderr as file:line: message)",
				"6:the proxy admin API cannot be reached or refused the token" })
final class PlanValidateCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Mixin
	private ControlPlane controlPlane;

	@Parameters(arity = "0..*", paramLabel = "PATH",
			description = "Plan files or directories of them (default: migration-plans/plans).")
	private List<Path> paths = new ArrayList<>();

	@Option(names = "--local", description = "Only the local checks, even when a proxy is named.")
	private boolean local;

	@Override
	public Integer call() throws IOException {
		List<Path> inputs = this.paths.isEmpty() ? List.of(Path.of("migration-plans/plans")) : this.paths;
		List<String> problems = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try {
					PlanLoader.loadDirectory(input);
				}
				catch (InvalidPlanException ex) {
					ex.problems().forEach(problem -> problems.add(input.resolve(problem.source()) + ":" + problem.line() + ": " + problem.message()));
				}
				try (Stream<Path> listed = Files.list(input)) {
					listed.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
				}
			}
			else if (Files.isRegularFile(input)) {
				try {
					PlanLoader.parse(input.getFileName().toString(), read(input));
				}
				catch (InvalidPlanException ex) {
					ex.problems().forEach(problem -> problems.add(located(input, problem)));
				}
				files.add(input);
			}
			else {
				throw new CommandLine.ParameterException(this.spec.commandLine(), input + " does not exist; give plan files or a directory of them");
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (!problems.isEmpty()) {
			problems.forEach(err::println);
			err.println(problems.size() + " problem" + ((problems.size() == 1) ? "" : "s") + " in " + files.size() + " plan files");
			err.flush();
			return ExitCodes.REFUSED;
		}
		out.println(files.size() + " plan file" + ((files.size() == 1) ? "" : "s") + " valid");
		if (this.local || !this.controlPlane.proxyNamed()) {
			out.println("(local checks only; name a proxy with --proxy-admin or STRANGLER_PROXY_ADMIN for its dry run)");
			out.flush();
			return ExitCodes.OK;
		}
		return dryRun(files, out, err);
	}

	private int dryRun(List<Path> files, PrintWriter out, PrintWriter err) throws IOException {
		ProxyAdmin proxy = this.controlPlane.proxy();
		int result = ExitCodes.OK;
		for (Path file : files) {
			try {
				JsonNode diff = proxy.validate(read(file));
				out.println(file + ": the proxy at " + proxy.base() + " would change routes:");
				RouteDiff.print(diff, out);
			}
			catch (JsonHttp.ApiRefusal ex) {
				err.println(file + ": the proxy refused it: " + ex.getMessage());
				result = ExitCodes.REFUSED;
			}
		}
		out.flush();
		err.flush();
		return result;
	}

	private static String located(Path file, PlanProblem problem) {
		return file + ":" + problem.line() + ": " + problem.message();
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
