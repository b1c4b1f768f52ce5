package dev.stranglerfig.analyzer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what the user named (a Maven or Gradle project directory, or source roots) into source roots: the
 * directories whose sub-paths are package names. The symbol solver needs the roots, not just the files.
 */
public final class SourceRoots {

	private static final Path MAIN_JAVA = Path.of("src", "main", "java");

	private SourceRoots() {
	}

	/**
	 * Every {@code src/main/java} below a directory that holds one (a project, possibly multi-module); the
	 * directory itself otherwise. Test sources are left out: tests tie classes together that production
	 * code keeps apart.
	 */
	public static List<Path> of(List<Path> inputs) {
		List<Path> roots = new ArrayList<>();
		for (Path input : inputs) {
			Path dir = input.toAbsolutePath().normalize();
			List<Path> mains = mainSourceDirectories(dir);
			roots.addAll(mains.isEmpty() ? List.of(dir) : mains);
		}
		return roots.stream().distinct().toList();
	}

	private static List<Path> mainSourceDirectories(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			return paths.filter(Files::isDirectory)
				.filter(path -> path.endsWith(MAIN_JAVA))
				.filter(path -> !path.toString().contains("/target/") && !path.toString().contains("/build/"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + dir + ": " + ex.getMessage(), ex);
		}
	}

	/** The .java files under the roots, in a stable order so that runs are reproducible. */
	public static List<Path> javaFiles(List<Path> roots) {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> paths = Files.walk(root)) {
				paths.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
					.filter(path -> !path.getFileName().toString().equals("module-info.java"))
					.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + root + ": " + ex.getMessage(), ex);
			}
		}
		return files.stream().sorted().distinct().toList();
	}

}
