package dev.stranglerfig.analyzer.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.stranglerfig.analyzer.plans.DraftPlans;

/**
 * The directory {@code analyze} writes into. Its own drafts start with {@link DraftPlans#MARK}; any other
 * {@code *.yaml} there (a reviewed plan, another tool's file) is never touched unless the user says so, because
 * {@code --out} is easily pointed at {@code migration-plans/plans} or a directory holding something else.
 */
public final class OutputDirectory {

	private OutputDirectory() {
	}

	/** The {@code *.yaml} files of {@code dir} that {@code analyze} did not write, by name; none when it does not exist. */
	public static List<Path> notDrafts(Path dir) throws IOException {
		List<Path> notDrafts = new ArrayList<>();
		for (Path file : yamlFiles(dir)) {
			if (!isDraft(file)) {
				notDrafts.add(file);
			}
		}
		return notDrafts;
	}

	/**
	 * Moves every file of {@code staged} into {@code out}, replacing those of the same name, after removing the drafts
	 * of an earlier run that this one did not write again (a context that is gone would otherwise linger and be
	 * validated with the new ones). Each file moves atomically; staged is in out's parent, so on the same file system.
	 */
	static void moveIn(Path staged, Path out) throws IOException {
		Files.createDirectories(out);
		for (Path earlier : yamlFiles(out)) {
			if (isDraft(earlier) && !Files.exists(staged.resolve(earlier.getFileName()))) {
				Files.delete(earlier);
			}
		}
		for (Path file : list(staged)) {
			Path target = out.resolve(file.getFileName());
			try {
				Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** A new, empty directory beside {@code out} to write a run's files into before any of them replaces a file. */
	static Path staging(Path out) throws IOException {
		Path parent = out.toAbsolutePath().normalize().getParent();
		Files.createDirectories(parent);
		return Files.createTempDirectory(parent, "." + out.toAbsolutePath().normalize().getFileName() + "-staging-");
	}

	static void delete(Path staged) throws IOException {
		try (Stream<Path> files = Files.walk(staged)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static List<Path> yamlFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		return list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).toList();
	}

	private static List<Path> list(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	private static boolean isDraft(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String first = reader.readLine();
			return first != null && first.startsWith(DraftPlans.MARK);
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
