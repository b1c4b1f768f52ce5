package dev.stranglerfig.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.analysis.Analyzer;
import dev.stranglerfig.analyzer.analysis.AnalyzerOptions;
import dev.stranglerfig.analyzer.contexts.Pin;
import dev.stranglerfig.analyzer.graph.ClassGlob;
import dev.stranglerfig.analyzer.plans.DraftPlan;
import dev.stranglerfig.analyzer.plans.DraftPlans;
import dev.stranglerfig.analyzer.report.OutputDirectory;
import dev.stranglerfig.analyzer.report.ReportWriter;
import dev.stranglerfig.plans.InvalidPlanException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strangler analyze}: bounded contexts, table ownership and extraction order from a monolith's source. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Reads a Java monolith's source and suggests bounded contexts, who owns each table, the APIs and events "
				+ "to build, and the order to extract the contexts in. Writes report.md, report.html, analysis.json and one draft "
				+ "migration plan per context (<context>.yaml) into --out." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { ExitCodes.OK_HELP, ExitCodes.SOFTWARE_HELP, ExitCodes.USAGE_HELP, ExitCodes.PARTIAL_HELP,
				ExitCodes.NO_INPUT_HELP })
public final class AnalyzeCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "DIR",
			description = "A Maven or Gradle project directory (its src/main/java roots are read) or source roots.")
	private List<Path> inputs;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "strangler-analysis",
			description = "Where the reports and draft plans go (default: ${DEFAULT-VALUE}). Earlier drafts there are replaced; "
					+ "any other *.yaml there stops the run unless --force is given.")
	private Path out;

	@Option(names = "--force",
			description = "Write into --out although it holds *.yaml files analyze did not write (reviewed plans, other tools' files): "
					+ "those of a draft's name are replaced, the others kept.")
	private boolean force;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of the community detection; the same seed gives the same result (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = "--resolution", defaultValue = "1.0",
			description = "Modularity resolution: above 1 gives more, smaller contexts; below 1 fewer, larger ones (default: ${DEFAULT-VALUE}).")
	private double resolution;

	@Option(names = "--contexts", paramLabel = "K", description = "Merge or split the communities found until there are K contexts.")
	private Integer contexts;

	@Option(names = "--pin", paramLabel = "GLOB=CONTEXT", converter = PinConverter.class,
			description = "Put the classes matching GLOB into CONTEXT (repeatable), e.g. 'dev.acme.billing.*=payments'; '*' matches across dots.")
	private List<Pin> pins = new ArrayList<>();

	@Option(names = "--shared", paramLabel = "GLOB",
			defaultValue = "*.common.*,*.shared.*,*.util.*,*.utils.*,*.kernel.*", split = ",",
			description = "Shared-kernel classes, left out of every context (default: ${DEFAULT-VALUE}). Give --shared '' to have none.")
	private List<String> shared;

	@Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "1048576",
			description = "Skip (and report) source files larger than this (default: ${DEFAULT-VALUE}).")
	private long maxFileSize;

	@Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: the number of cores).")
	private Integer threads;

	@Option(names = "--git", paramLabel = "COMMITS", arity = "0..1", fallbackValue = "1000",
			description = "Also group classes changed together in the last COMMITS commits (default when given: ${FALLBACK-VALUE}), read with git log.")
	private int gitCommits;

	@Override
	public Integer call() throws Exception {
		if (this.contexts != null && this.contexts < 1) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--contexts is " + this.contexts + "; give 1 or more");
		}
		if (this.gitCommits < 0) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--git is " + this.gitCommits + "; give a number of commits (0 for none)");
		}
		if (this.threads != null && this.threads < 1) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--threads is " + this.threads + "; give 1 or more parser threads");
		}
		if (this.resolution <= 0) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--resolution is " + this.resolution + "; give a number above 0");
		}
		List<Path> notDrafts = OutputDirectory.notDrafts(this.out);
		if (!notDrafts.isEmpty() && !this.force) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--out " + this.out + " holds "
					+ String.join(", ", notDrafts.stream().map(file -> file.getFileName().toString()).toList())
					+ ", not written by strangler analyze (no '" + DraftPlans.MARK + "' first line); give an empty or new --out, "
					+ "or --force to write beside them (a draft of the same name replaces its file)");
		}
		PrintWriter err = this.spec.commandLine().getErr();
		PrintWriter stdout = this.spec.commandLine().getOut();
		AnalyzerOptions options = new AnalyzerOptions(this.inputs, this.seed, this.resolution, this.contexts, this.pins,
				this.shared.stream().filter(glob -> !glob.isBlank()).map(ClassGlob::of).toList(), this.maxFileSize,
				(this.threads != null) ? this.threads : Runtime.getRuntime().availableProcessors(), this.gitCommits);
		Analysis analysis = new Analyzer(options).run(message -> {
			err.println("strangler: " + message);
			err.flush();
		}, WarmUp::reports);
		List<DraftPlan> plans = DraftPlans.of(analysis);
		try {
			ReportWriter.write(this.out, analysis, plans);
		}
		catch (InvalidPlanException ex) {
			err.println("strangler: the draft plans do not validate (a bug: please report it); " + this.out + " is unchanged:");
			ex.problems().forEach(err::println);
			return ExitCodes.SOFTWARE;
		}
		analysis.sources().skipped().forEach(skipped -> err.println("strangler: skipped " + skipped));
		stdout.printf(Locale.ROOT, "%d contexts from %d classes (%d lines) in %d ms: %s%n", analysis.suggestion().size(),
				analysis.graph().classes().size(), analysis.sources().lines(), analysis.elapsed().toMillis(),
				String.join(", ", analysis.suggestion().names()));
		stdout.printf(Locale.ROOT, "modularity Q %.3f (packages %.3f); wrote %s%n", analysis.suggestionMetrics().modularity(),
				analysis.packageMetrics().modularity(), this.out.resolve("report.md"));
		if (analysis.partial()) {
			stdout.println("partial result: " + analysis.sources().skipped().size() + " file(s) skipped");
			return ExitCodes.PARTIAL;
		}
		return ExitCodes.OK;
	}

	/** Turns a --pin value into a Pin, a malformed one into a usage error. */
	static final class PinConverter implements CommandLine.ITypeConverter<Pin> {

		@Override
		public Pin convert(String value) {
			try {
				return Pin.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.TypeConversionException(ex.getMessage());
			}
		}

	}

}
