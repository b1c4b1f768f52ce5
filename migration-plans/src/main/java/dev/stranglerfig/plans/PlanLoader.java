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

	/** Every {@code *.yaml} file of the directory, validated one by one and together. */
	public static PlanSet loadDirectory(Path directory) throws InvalidPlanException {
		List<Path> files = planFiles(directory);
		List<PlanProblem> problems = new ArrayList<>();
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

	private static List<Path> planFiles(Path directory) throws InvalidPlanException {
		String where = directory.toString();
		if (!Files.isDirectory(directory)) {
			throw new InvalidPlanException(List.of(new PlanProblem(where, 0,
					"is not a directory; point at the directory holding the plan files (one <context>.yaml each)")));
		}
		try (Stream<Path> entries = Files.list(directory)) {
			List<Path> files = entries.filter(file -> file.getFileName().toString().endsWith(".yaml"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
			if (files.isEmpty()) {
				throw new InvalidPlanException(List.of(new PlanProblem(where, 0,
						"holds no *.yaml plan files; add one per bounded context, e.g. users.yaml")));
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
