package dev.stranglerfig.testsupport.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A temporary directory for a test's files (plans written for one test, for instance), removed with everything in it
 * when the JVM exits: tests that wrote plans into {@code Files.createTempDirectory} left hundreds behind in /tmp.
 */
public final class ScratchDirectory {

	private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(ScratchDirectory::delete), "scratch-directories"));
	}

	private ScratchDirectory() {
	}

	public static Path create(String prefix) {
		try {
			Path directory = Files.createTempDirectory(prefix);
			CREATED.add(directory);
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort at exit: what is left is in the system's temporary directory.
		}
	}

}
