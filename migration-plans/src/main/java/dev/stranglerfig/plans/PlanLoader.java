package dev.stranglerfig.plans;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads plan files (YAML, one per context) and validates them; nothing invalid gets out of here. */
public final class PlanLoader {

	private PlanLoader() {
	}

	/** Every {@code *.yaml} file of the directory, validated one by one and together; a {@code *.yml} file is a problem. */
	public static PlanSet loadDirectory(Path directory) throws InvalidPlanException {
		List<PlanProblem> problems = new ArrayList<>();
		List<Path> files = planFiles(directory, problems);
		List<ReadPlan> readable = new ArrayList<>();
		for (Path file : files) {
			ReadPlan read = read(file);
			problems.addAll(read.problems());
			// Plans with problems still take part in the checks across plans when their context could be read.
			if (read.plan() != null && read.plan().context() != null) {
				readable.add(read);
			}
		}
		problems.addAll(PlanSetChecks.problems(readable));
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		return new PlanSet(readable.stream().map(ReadPlan::plan).toList());
	}

	/** One plan from its text; {@code source} names it in messages. */
	public static Plan parse(String source, String yaml) throws InvalidPlanException {
		ReadPlan read = PlanReader.read(source, yaml);
		if (!read.problems().isEmpty()) {
			throw new InvalidPlanException(read.problems());
		}
		return read.plan();
	}

	/**
	 * One plan from its text, validated on its own and together with the directory's other plans (the file of its
	 * context left out): what {@link #loadDirectory} would say of it once saved there. The other files' own problems
	 * are not this plan's and are left to the load that meets them.
	 */
	public static Plan parseAmong(Path directory, String source, String yaml) throws InvalidPlanException {
		ReadPlan proposed = PlanReader.read(source, yaml);
		if (!proposed.problems().isEmpty()) {
			throw new InvalidPlanException(proposed.problems());
		}
		Plan plan = proposed.plan();
		List<ReadPlan> together = new ArrayList<>();
		for (Path file : planFiles(directory, new ArrayList<>())) {
			ReadPlan other = read(file);
			if (other.plan() != null && other.plan().context() != null
					&& !other.plan().context().equals(plan.context())) {
				together.add(other);
			}
		}
		// Last, so that whatever it collides with is reported at its own lines.
		together.add(proposed);
		List<PlanProblem> problems = PlanSetChecks.problems(together)
			.stream()
			.filter(problem -> problem.source().equals(source))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		return plan;
	}

	/** The directory's {@code *.yaml} files; a {@code *.yml} one is reported in {@code problems}. */
	private static List<Path> planFiles(Path directory, List<PlanProblem> problems) throws InvalidPlanException {
		String where = directory.toString();
		if (!Files.isDirectory(directory)) {
			throw new InvalidPlanException(List.of(new PlanProblem(where, 0,
					"is not a directory; point at the directory holding the plan files (one <context>.yaml each)")));
		}
		try (Stream<Path> entries = Files.list(directory)) {
			List<Path> yaml = entries.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
			// A plan is <context>.yaml (the context must match it, the analyzer replaces *.yaml drafts): a *.yml file
			// left out silently would be a plan that looks shipped and is not.
			for (Path file : yaml) {
				String name = file.getFileName().toString();
				if (name.endsWith(".yml")) {
					problems.add(new PlanProblem(name, 0, "is not loaded: plan files are named <context>.yaml; rename it to "
							+ name.substring(0, name.length() - ".yml".length()) + ".yaml"));
				}
			}
			List<Path> files = yaml.stream().filter(file -> file.getFileName().toString().endsWith(".yaml")).toList();
			if (files.isEmpty()) {
				throw new InvalidPlanException(problems.isEmpty() ? List.of(new PlanProblem(where, 0,
						"holds no *.yaml plan files; add one per bounded context, e.g. users.yaml")) : problems);
			}
			return files;
		}
		catch (IOException ex) {
			throw new InvalidPlanException(List.of(new PlanProblem(where, 0, "cannot be listed: " + ex.getMessage())));
		}
	}

	private static ReadPlan read(Path file) {
		String name = file.getFileName().toString();
		try {
			return PlanReader.read(name, Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return ReadPlan.unreadable(List.of(new PlanProblem(name, 0, "cannot be read: " + ex.getMessage())));
		}
	}

}
